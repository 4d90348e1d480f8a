import type { SessionState } from '@forum-ouvert/shared';
import type { AppState } from '../../store/store.ts';
import { NO_MARKS, type PendingMarks } from './pendingMarks.ts';
import { memoFold } from './pendingView.ts';

const fold = memoFold();

type Readable = Pick<AppState, 'session' | 'outbox'>;

/** What a page shows: the server's view, with this phone's pending actions on top when it keeps any. */
export function shownState(s: Readable): SessionState | null {
  const mirror = s.session.state;
  const { owner, entries } = s.outbox;
  if (!mirror || !owner) return mirror;
  return fold(mirror, entries, owner).state;
}

export function shownMarks(s: Readable): PendingMarks {
  const mirror = s.session.state;
  const { owner, entries } = s.outbox;
  if (!mirror || !owner) return NO_MARKS;
  return fold(mirror, entries, owner).marks;
}

import { viewOfEvent, type Actor, type EventBatch, type SequencedEvent } from '@forum-ouvert/shared';
import type { AcceptedEvent } from './recentEvents.ts';

/**
 * What one reader gets of a run of accepted events: a batch spanning `from`..`to`
 * (events it may not see are left out, the range still covers them so it sees no
 * gap), or `'snapshot'` when one of them can only be shown by reloading the state.
 */
export function projectBatch(entries: readonly AcceptedEvent[], reader: Actor, from: number, to: number): EventBatch | 'snapshot' {
  const events: SequencedEvent[] = [];
  for (const { seq, audiences } of entries) {
    const view = viewOfEvent(audiences, reader);
    if (view === 'snapshot') return 'snapshot';
    if (view !== null) events.push({ seq, event: view });
  }
  return { from, to, events };
}

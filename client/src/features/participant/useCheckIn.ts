import { groupOf, topicInCell } from '@forum-ouvert/shared';
import { useEffect, useRef, useState } from 'react';
import { sendCommand, type CommandResult } from '../../net/commands.ts';
import type { ClientErrorCode } from '../../net/errors.ts';
import { useAppStore } from '../../store/store.ts';
import { forgetCheckInSpace, readCheckInSpace } from './checkInParam.ts';

export type CheckInOutcome =
  | { status: 'pending' }
  /** `ok`: moved into the group; `already`: was in it (the server's CONFLICT, read against our own line). */
  | { status: 'ok' | 'already'; title: string | null; space: string | null }
  | { status: 'refused'; reason: 'FULL' | Exclude<ClientErrorCode, 'CONFLICT'> };

/** What the answer means for this person, read against the mirror: which group meets in that space now. */
function outcomeOf(result: CommandResult, spaceId: string, me: string): CheckInOutcome {
  const state = useAppStore.getState().session.state;
  const slotId = state?.breakouts.currentSlotId ?? null;
  const topicId = state && slotId ? topicInCell(state, slotId, spaceId) : undefined;
  const title = (topicId && state?.topics[topicId]?.title) || null;
  const space = state?.spaces[spaceId]?.name ?? null;
  if (result.ok) return { status: 'ok', title, space };
  if (result.error.code !== 'CONFLICT') return { status: 'refused', reason: result.error.code };
  const already = state && slotId && topicId && groupOf(state, me, slotId) === topicId;
  return already ? { status: 'already', title, space } : { status: 'refused', reason: 'FULL' };
}

/**
 * Checks in once at the space named in the URL, as soon as the phone has joined and holds the
 * session; then drops the parameter from the URL. Null when the page was not opened from a door.
 */
export function useCheckIn(me: string, ready: boolean): CheckInOutcome | null {
  const [spaceId] = useState(readCheckInSpace);
  const [outcome, setOutcome] = useState<CheckInOutcome | null>(null);
  const sent = useRef(false);
  useEffect(() => {
    if (!spaceId || !ready || sent.current) return;
    sent.current = true;
    void sendCommand({ type: 'checkIn', spaceId }).then((result) => {
      setOutcome(outcomeOf(result, spaceId, me));
      forgetCheckInSpace();
    });
  }, [spaceId, ready, me]);
  if (!spaceId) return null;
  return outcome ?? { status: 'pending' };
}

import { API, type GroupNotes } from '@forum-ouvert/shared';
import { useCallback, useEffect, useState } from 'react';

const NONE: readonly GroupNotes[] = [];

/**
 * Every group's notes as text, read with the facilitator key, so the convergence vote can start
 * from the proposals the groups wrote. Fetched when asked and once on mount; a failure leaves
 * the list empty and the facilitator can still type the proposals.
 */
export function useNotesText(sessionId: string, facilitatorKey: string): { notes: readonly GroupNotes[]; reload: () => void } {
  const [notes, setNotes] = useState<readonly GroupNotes[]>(NONE);
  const reload = useCallback(() => {
    fetch(API.notesText(sessionId), { headers: { authorization: `Bearer ${facilitatorKey}` }, cache: 'no-store' })
      .then(async (response) => (response.ok ? ((await response.json()) as GroupNotes[]) : NONE))
      .then(setNotes)
      .catch(() => setNotes(NONE));
  }, [sessionId, facilitatorKey]);
  useEffect(reload, [reload]);
  return { notes, reload };
}

import type { Cell, SessionState } from '@forum-ouvert/shared';
import { useCallback, useMemo } from 'react';
import { useCommand } from '../../../hooks/useCommand.ts';
import { agendaModel } from './agendaModel.ts';

/** The editor's data and its two edits (move, lock), which share one pending flag and one refusal. */
export function useAgendaEditor(state: SessionState) {
  const model = useMemo(() => agendaModel(state), [state]);
  const { run, pending, error } = useCommand();
  const move = useCallback(
    (topicId: string, to: Cell | null) => {
      const from = state.agenda.placements[topicId] ?? null;
      // Dropping a topic where it already is, or an unscheduled one on the list, changes nothing.
      if (from?.slotId === to?.slotId && from?.spaceId === to?.spaceId) return;
      void run({ type: 'moveTopic', topicId, to });
    },
    [run, state.agenda.placements],
  );
  const lock = useCallback((topicId: string, locked: boolean) => void run({ type: 'lockTopic', topicId, locked }), [run]);
  return { model, move, lock, pending, error };
}

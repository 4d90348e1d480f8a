import { viewOf, type Actor, type SessionState, type StoredEvent } from '@forum-ouvert/shared';
import { fullSession, toPhase } from './agendaFixtures.ts';

/** Convergence events for component tests, on top of agendaFixtures' PROGRAMME (t1, t2 at 10:00; t3, t4 at 14:00). */
export const convergenceOpened = (...proposals: [id: string, slotId: string, topicId: string, text: string][]): StoredEvent => ({
  type: 'ConvergenceOpened',
  proposals: proposals.map(([id, slotId, topicId, text]) => ({ id, slotId, topicId, text })),
});
export const convergenceClosed = (): StoredEvent => ({ type: 'ConvergenceClosed' });
export const convergenceRevealed = (): StoredEvent => ({ type: 'ConvergenceRevealed' });
export const proposalDot = (participantId: string, proposalId: string, byFacilitator = false): StoredEvent => ({
  type: 'ProposalDotPlaced',
  participantId,
  proposalId,
  byFacilitator,
});
export const hiddenTallies = (): StoredEvent => ({ type: 'VoteSettingsChanged', settings: { dotBudget: 3, allowStacking: false, tallyMode: 'hidden' } });

/** Three proposals: two from t1's group (10:00), one from t3's (14:00). */
export const OPENED = [
  toPhase('closing'),
  convergenceOpened(['pr1', 'sl1', 't1', 'Un guichet unique'], ['pr2', 'sl1', 't1', 'Des permanences le soir'], ['pr3', 'sl2', 't3', 'Un fonds d’urgence']),
] as const;

/** The closing phase with the vote open, as `reader` sees it (the facilitator by default). */
export function converging(reader: Actor = { role: 'facilitator' }, ...more: StoredEvent[]): SessionState {
  return viewOf(fullSession(...OPENED, ...more), reader);
}

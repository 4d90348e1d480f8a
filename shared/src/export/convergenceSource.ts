import type { SessionState } from '../model/session.ts';

/** A proposal of the convergence vote with its dots, as `rankedProposals` (selectors/convergence.ts) gives them. */
export interface RankedProposal {
  proposal: { id: string; slotId: string; topicId: string; text: string };
  dots: number;
}

/**
 * The convergence vote's ranking, most dots first. TEMPORARY stand-in answering nothing until
 * `shared/src/selectors/convergence.ts` lands; then this re-exports its `rankedProposals`.
 */
export function rankedProposalsOf(_state: SessionState): RankedProposal[] {
  return [];
}

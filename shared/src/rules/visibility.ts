import type { Actor } from '../model/actor.ts';
import type { SessionState } from '../model/session.ts';
import type { VoteSettings } from '../model/settings.ts';

/** One rule for both votes: the facilitator always sees the counts, others in `live` mode or once revealed. */
function countsVisible(settings: VoteSettings, revealed: boolean, actor: Actor): boolean {
  return actor.role === 'facilitator' || settings.tallyMode === 'live' || revealed;
}

/** Whether this reader may see how many dots each topic has. */
export function talliesVisibleTo(state: Pick<SessionState, 'settings' | 'talliesRevealed'>, actor: Actor): boolean {
  return countsVisible(state.settings, state.talliesRevealed, actor);
}

/** Whether this reader may see how many dots each proposal of the convergence vote has. */
export function convergenceTalliesVisibleTo(state: Pick<SessionState, 'settings' | 'convergence'>, actor: Actor): boolean {
  return countsVisible(state.settings, state.convergence.revealed, actor);
}

import type { Actor } from '../model/actor.ts';
import type { SessionState } from '../model/session.ts';

/** Whether this reader may see how many dots each topic has. */
export function talliesVisibleTo(state: Pick<SessionState, 'settings' | 'talliesRevealed'>, actor: Actor): boolean {
  return actor.role === 'facilitator' || state.settings.tallyMode === 'live' || state.talliesRevealed;
}

import type { DecideContext } from '../model/actor.ts';
import type { SessionState } from '../model/session.ts';
import type { StoredEvent } from '../events/events.ts';
import { fail, type Result } from '../protocol/errors.ts';

export type Decision = Result<{ events: StoredEvent[] }>;

export function accept(...events: StoredEvent[]): Decision {
  return { ok: true, events };
}

export type Decide<C> = (state: SessionState, command: C, ctx: DecideContext) => Decision;

/**
 * Whose name a topic or dot goes under. A participant acts as themselves; a
 * facilitator acts for a "paper" participant (someone without a phone), and the
 * event records that the facilitator entered it.
 */
export function actingParticipant(
  state: SessionState,
  ctx: DecideContext,
  asParticipantId: string | undefined,
): Result<{ participantId: string; byFacilitator: boolean }> {
  const { actor } = ctx;
  if (actor.role === 'participant') {
    if (asParticipantId !== undefined && asParticipantId !== actor.participantId) {
      return fail('FORBIDDEN', 'A participant acts only for themselves');
    }
    if (!state.participants[actor.participantId]) return fail('NOT_FOUND', 'Unknown participant');
    return { ok: true, participantId: actor.participantId, byFacilitator: false };
  }
  if (actor.role === 'facilitator') {
    if (asParticipantId === undefined) return fail('VALIDATION', 'Say for whom the facilitator acts');
    const participant = state.participants[asParticipantId];
    if (!participant) return fail('NOT_FOUND', 'Unknown participant');
    if (!participant.paper) return fail('FORBIDDEN', 'A facilitator acts only for people without a phone');
    return { ok: true, participantId: asParticipantId, byFacilitator: true };
  }
  return fail('FORBIDDEN', 'This screen cannot act');
}

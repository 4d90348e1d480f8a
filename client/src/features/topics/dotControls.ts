import { dotRefusal, dotsOn, phaseAllows, type SessionState } from '@forum-ouvert/shared';

export type PlaceRefusal = ReturnType<typeof dotRefusal>;

export interface DotControlsState {
  /** This person's dots on the topic. */
  mine: number;
  /** Why "+" is off, by the very rule the server applies; null when a dot can be placed. */
  placeRefusal: PlaceRefusal;
  /** "−" takes back one's own dots only, while the vote is open. */
  canRemove: boolean;
}

export function dotControlsFor(state: SessionState, participantId: string, topicId: string): DotControlsState {
  const mine = dotsOn(state, participantId, topicId);
  return {
    mine,
    placeRefusal: dotRefusal(state, participantId, topicId),
    canRemove: phaseAllows(state.phase, 'vote') && mine > 0,
  };
}

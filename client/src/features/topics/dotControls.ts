import { ballotDotsOn, ballotOf, placeRefusal, removeRefusal, type BallotKind, type DotRefusal, type SessionState } from '@forum-ouvert/shared';

export type PlaceRefusal = DotRefusal | null;

export interface DotControlsState {
  /** This person's dots on the target (a topic, a proposal). */
  mine: number;
  /** Why "+" is off, by the very rule the server applies; null when a dot can be placed. */
  placeRefusal: PlaceRefusal;
  /** "−" takes back one's own dots only, while the ballot is open. */
  canRemove: boolean;
}

/** The state of the dot buttons on one target of either vote, from the ballot rules `decide` uses. */
export function dotControlsFor(state: SessionState, participantId: string, targetId: string, kind: BallotKind = 'topics'): DotControlsState {
  const ballot = ballotOf(state, kind);
  return {
    mine: ballotDotsOn(ballot, participantId, targetId),
    placeRefusal: placeRefusal(ballot, participantId, targetId),
    canRemove: removeRefusal(ballot, participantId, targetId) === null,
  };
}

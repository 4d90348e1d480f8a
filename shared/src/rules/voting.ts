import { phaseAllows } from '../model/phase.ts';
import type { Dots, SessionState } from '../model/session.ts';
import type { VoteSettings } from '../model/settings.ts';

/**
 * One dot vote, whatever it is on: the topic vote and the convergence vote (on the groups'
 * proposals) follow the very same rules and options, each with its own ballot.
 */
export interface Ballot {
  dots: Dots;
  settings: VoteSettings;
  /** Whether dots may be placed and taken back now (phase, ballot open). */
  open: boolean;
  /** Whether this target (a topic, a proposal) may take dots: it exists and is shown. */
  accepts: (targetId: string) => boolean;
}

export type BallotKind = 'topics' | 'proposals';

export type DotRefusal = 'WRONG_PHASE' | 'NOT_FOUND' | 'BUDGET_EXCEEDED' | 'CONFLICT';
export type DotRemovalRefusal = 'WRONG_PHASE' | 'NOT_FOUND';

export function topicBallot(state: SessionState): Ballot {
  return {
    dots: state.dots,
    settings: state.settings,
    open: phaseAllows(state.phase, 'vote'),
    accepts: (topicId) => state.topics[topicId]?.hidden === false,
  };
}

export function proposalBallot(state: SessionState): Ballot {
  const { convergence } = state;
  return {
    dots: convergence.dots,
    settings: state.settings,
    open: phaseAllows(state.phase, 'converge') && convergence.status === 'open',
    accepts: (proposalId) => proposalId in convergence.proposals,
  };
}

export function ballotOf(state: SessionState, kind: BallotKind): Ballot {
  return kind === 'topics' ? topicBallot(state) : proposalBallot(state);
}

/** How many dots one person may put on one target. */
export function maxDotsPerTopic(settings: VoteSettings): number {
  return settings.allowStacking ? settings.dotBudget : 1;
}

export function ballotDotsUsed(ballot: Pick<Ballot, 'dots'>, participantId: string): number {
  return Object.values(ballot.dots[participantId] ?? {}).reduce((sum, n) => sum + n, 0);
}

export function ballotRemaining(ballot: Pick<Ballot, 'dots' | 'settings'>, participantId: string): number {
  return Math.max(0, ballot.settings.dotBudget - ballotDotsUsed(ballot, participantId));
}

export function ballotDotsOn(ballot: Pick<Ballot, 'dots'>, participantId: string, targetId: string): number {
  return ballot.dots[participantId]?.[targetId] ?? 0;
}

/** Why a dot cannot be placed now, or null when it can. Shared by decide and the buttons. */
export function placeRefusal(ballot: Ballot, participantId: string, targetId: string): DotRefusal | null {
  if (!ballot.open) return 'WRONG_PHASE';
  if (!ballot.accepts(targetId)) return 'NOT_FOUND';
  if (ballotRemaining(ballot, participantId) <= 0) return 'BUDGET_EXCEEDED';
  if (ballotDotsOn(ballot, participantId, targetId) >= maxDotsPerTopic(ballot.settings)) return 'CONFLICT';
  return null;
}

/** Why a dot cannot be taken back now: only one's own, while the ballot is open. */
export function removeRefusal(ballot: Ballot, participantId: string, targetId: string): DotRemovalRefusal | null {
  if (!ballot.open) return 'WRONG_PHASE';
  if (ballotDotsOn(ballot, participantId, targetId) === 0) return 'NOT_FOUND';
  return null;
}

/** Whether nobody holds more dots in `dots` than `settings` would allow. */
export function dotsFitSettings(dots: Dots, settings: VoteSettings): boolean {
  const perTarget = maxDotsPerTopic(settings);
  return Object.values(dots).every((byTarget) => {
    const counts = Object.values(byTarget);
    return counts.reduce((a, b) => a + b, 0) <= settings.dotBudget && counts.every((n) => n <= perTarget);
  });
}

// The topic vote, as the rest of the code has always asked it.

export function dotsUsed(state: SessionState, participantId: string): number {
  return ballotDotsUsed(state, participantId);
}

export function remainingDots(state: SessionState, participantId: string): number {
  return ballotRemaining(state, participantId);
}

export function dotsOn(state: SessionState, participantId: string, topicId: string): number {
  return ballotDotsOn(state, participantId, topicId);
}

export function dotRefusal(state: SessionState, participantId: string, topicId: string): DotRefusal | null {
  return placeRefusal(topicBallot(state), participantId, topicId);
}

/**
 * Whether anyone already holds more dots than `settings` would allow, in either vote: both
 * follow the same settings, so a change must fit both ballots.
 */
export function settingsFitCurrentDots(state: SessionState, settings: VoteSettings): boolean {
  return dotsFitSettings(state.dots, settings) && dotsFitSettings(state.convergence.dots, settings);
}

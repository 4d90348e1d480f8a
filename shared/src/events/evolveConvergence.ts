import type { Convergence, SessionState } from '../model/session.ts';
import { addTally, changeBallot } from './ballot.ts';
import type { EventOf } from './events.ts';

function withConvergence(state: SessionState, change: (convergence: Convergence) => Convergence): SessionState {
  return { ...state, convergence: change(state.convergence) };
}

/** A new ballot: the listed proposals, no dot yet. A view without tallies stays without. */
export function openConvergence(state: SessionState, event: EventOf<'ConvergenceOpened'>): SessionState {
  return withConvergence(state, (c) => ({
    ...c,
    status: 'open',
    proposals: Object.fromEntries(event.proposals.map((p) => [p.id, p])),
    dots: {},
    tallies: c.tallies === null ? null : {},
  }));
}

export function changeProposalDots(state: SessionState, participantId: string, proposalId: string, delta: number): SessionState {
  return withConvergence(state, (c) => ({ ...c, ...changeBallot(c, participantId, proposalId, delta) }));
}

export function changeProposalTally(state: SessionState, proposalId: string, delta: number): SessionState {
  return withConvergence(state, (c) => ({ ...c, tallies: addTally(c.tallies, proposalId, delta) }));
}

export function setConvergence(state: SessionState, change: Partial<Pick<Convergence, 'status' | 'revealed'>>): SessionState {
  return withConvergence(state, (c) => ({ ...c, ...change }));
}

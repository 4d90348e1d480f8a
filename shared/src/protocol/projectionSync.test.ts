import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { evolve } from '../events/evolve.ts';
import type { Actor } from '../model/actor.ts';
import type { SessionState } from '../model/session.ts';
import { convergenceTalliesVisibleTo, talliesVisibleTo } from '../rules/visibility.ts';
import { PAPER_PERSON, play, stepsArb, type Run } from '../testing/arbitraries.ts';
import { FACILITATOR, participant, PROJECTOR } from '../testing/fixtures.ts';
import { audiencesOf, publicVisibilityChanges, viewOf, viewOfEvent, type EventView } from './projection.ts';

// A short scheduler search keeps hundreds of random sessions fast (see events/invariants.test.ts).
vi.mock(import('../planning/index.ts'), async (importOriginal) => {
  const planning = await importOriginal();
  return { ...planning, scheduleAgenda: (input) => planning.scheduleAgenda({ ...input, iterations: 500 }) };
});

const READERS: Record<string, Actor> = {
  facilitator: FACILITATOR,
  p1: participant('p1'),
  p2: participant('p2'),
  [`${PAPER_PERSON} (paper)`]: participant(PAPER_PERSON),
  'p9 (never joins)': participant('p9'),
  projector: PROJECTOR,
};

/** What a client does with one message: apply it, skip it (moving its version on), or take a snapshot. */
function receive(view: SessionState, message: EventView, seq: number, after: SessionState, reader: Actor): SessionState {
  if (message === 'snapshot') return viewOf(after, reader);
  if (message === null) return { ...view, version: seq };
  return evolve(view, message, seq);
}

/** Nothing a non-facilitator receives names someone else's dot (on a topic or a proposal), refund, group or unnamed pseudonym. */
function expectNoSecretLeaks(message: EventView, reader: Actor) {
  if (reader.role === 'facilitator' || message === null || message === 'snapshot') return;
  const self = reader.role === 'participant' ? reader.participantId : undefined;
  if (message.type === 'DotPlaced' || message.type === 'DotRemoved') expect(message.participantId).toBe(self);
  if (message.type === 'ProposalDotPlaced' || message.type === 'ProposalDotRemoved') expect(message.participantId).toBe(self);
  if (message.type === 'TopicsMerged') for (const r of message.refunds) expect(r.participantId).toBe(self);
  if (message.type === 'GroupJoined' || message.type === 'GroupLeft') expect(message.participantId).toBe(self);
  // A pseudonym reaches other screens only once its owner proposed a topic (and so convenes).
  if (message.type === 'ParticipantJoined') expect(message.participantId).toBe(self);
  if (message.type === 'ConvenerNamed') expect(message.proposer.id).toBe(message.topic.proposerId);
  if (message.type === 'GroupsAssigned') {
    for (const bySlot of Object.values(message.assignments)) expect(Object.keys(bySlot).filter((id) => id !== self)).toStrictEqual([]);
  }
}

/** Folds one reader's share of the stream and checks it against their view of the server's state, at every step. */
function expectInSync(run: Run, reader: Actor) {
  let view = viewOf(run.initial, reader);
  for (const { event, seq, before, after } of run.applied) {
    const message = viewOfEvent(audiencesOf(event, before, after), reader);
    expectNoSecretLeaks(message, reader);
    view = receive(view, message, seq, after, reader);
    expect(view, `${JSON.stringify(reader)} after #${seq} ${event.type}`).toStrictEqual(viewOf(after, reader));
    if (!talliesVisibleTo(after, reader)) expect(view.tallies).toBeNull();
    if (!convergenceTalliesVisibleTo(after, reader)) {
      expect(view.convergence.tallies).toBeNull();
      if (message !== null && message !== 'snapshot') expect(message.type).not.toBe('ProposalTallyChanged');
    }
  }
}

describe('deltas keep every reader in sync with the server', () => {
  it(`folding what each reader receives gives their view of the final state (${Object.keys(READERS).join(', ')})`, () => {
    // One session for every reader: playing it is the costly part.
    fc.assert(
      fc.property(stepsArb, (steps) => {
        const run = play(steps);
        for (const reader of Object.values(READERS)) expectInSync(run, reader);
      }),
      { numRuns: 250 },
    );
  });

  it('needs a snapshot only when the visibility of either vote\'s tallies changes for public readers', () => {
    fc.assert(
      fc.property(stepsArb, (steps) => {
        for (const { event, before, after } of play(steps).applied) {
          const changes =
            talliesVisibleTo(before, PROJECTOR) !== talliesVisibleTo(after, PROJECTOR) ||
            convergenceTalliesVisibleTo(before, PROJECTOR) !== convergenceTalliesVisibleTo(after, PROJECTOR);
          expect(publicVisibilityChanges(before, after)).toBe(changes);
          expect(audiencesOf(event, before, after).public === 'snapshot').toBe(changes);
        }
      }),
      { numRuns: 100 },
    );
  });
});

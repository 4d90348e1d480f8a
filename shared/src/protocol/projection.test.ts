import { describe, expect, it } from 'vitest';
import type { EventOf, SessionEvent, StoredEvent } from '../events/events.ts';
import { evolve } from '../events/evolve.ts';
import type { SessionState } from '../model/session.ts';
import { running as agendaRunning } from '../testing/agendaStory.ts';
import { closing, converging } from '../testing/convergenceStory.ts';
import { ev, FACILITATOR, participant, PROJECTOR } from '../testing/fixtures.ts';
import { given } from '../testing/scenario.ts';
import { audiencesOf, viewOf, viewOfEvent } from './projection.ts';

const voting = [
  ev.joined('p1'),
  ev.joined('p2'),
  ev.joined('p3'),
  ev.phase('marketplace'),
  ev.proposed('t1', 'p1'),
  ev.proposed('t2', 'p2'),
  ev.phase('voting'),
  ev.dot('p1', 't1'),
  ev.dot('p1', 't2'),
  ev.dot('p2', 't1'),
];
const live = given(...voting).state;
const hidden = given(ev.settings({ tallyMode: 'hidden' }), ...voting).state;
const revealed = given(ev.settings({ tallyMode: 'hidden' }), ...voting, ev.revealed()).state;

/** The audiences of `event` applied to `before`, as the server computes them. */
function audiences(before: SessionState, event: StoredEvent) {
  return audiencesOf(event, before, evolve(before, event, before.version + 1));
}

describe('viewOf', () => {
  it('shows the facilitator everything', () => {
    expect(viewOf(hidden, FACILITATOR)).toBe(hidden);
  });

  // The topic vote's reveal is not the convergence vote's: proposal counts stay hidden.
  const table = [
    ['live', live, { t1: 2, t2: 1 }, {}],
    ['hidden', hidden, null, null],
    ['hidden but revealed', revealed, { t1: 2, t2: 1 }, null],
  ] as const;
  const withCounts = (state: SessionState, proposalTallies: Record<string, number> | null) => ({
    ...state.convergence,
    tallies: proposalTallies,
  });

  // p1 and p2 proposed topics: they are named. p3 did not: only p3 and the facilitators know p3's pseudonym.
  const { p1, p2, p3 } = live.participants;
  const named = { p1, p2 };

  it.each(table)('shows a participant only their own dots; tallies when %s: %j', (_, state, tallies, proposalTallies) => {
    const convergence = withCounts(state, proposalTallies);
    expect(viewOf(state, participant('p1'))).toStrictEqual({ ...state, participants: named, dots: { p1: { t1: 1, t2: 1 } }, tallies, convergence });
    expect(viewOf(state, participant('p3'))).toStrictEqual({ ...state, participants: { ...named, p3 }, dots: {}, tallies, convergence });
  });

  it.each(table)('shows the projector no dot at all; tallies when %s: %j', (_, state, tallies, proposalTallies) => {
    expect(viewOf(state, PROJECTOR)).toStrictEqual({ ...state, participants: named, dots: {}, tallies, convergence: withCounts(state, proposalTallies) });
  });

  it('names conveners only, and counts everyone', () => {
    expect(p1?.named).toBe(true);
    expect(p3?.named).toBe(false);
    expect(viewOf(live, PROJECTOR).participantCount).toBe(3);
  });
});

describe('audiencesOf', () => {
  it('in hidden mode, tells nobody but the voter and the facilitator about a dot', () => {
    const event = ev.dot('p3', 't2');
    expect(audiences(hidden, event)).toStrictEqual({ facilitator: event, public: null, personal: { p3: event } });
  });

  it.each<[string, EventOf<'DotPlaced' | 'DotRemoved'>, number]>([
    ['placed', ev.dot('p3', 't2'), 1],
    ['removed', ev.undot('p1', 't2'), -1],
  ])('in live mode, turns a dot %s into an anonymous tally change for the others', (_, event, delta) => {
    const expected = { facilitator: event, public: { type: 'TallyChanged', topicId: 't2', delta }, personal: { [event.participantId]: event } };
    expect(audiences(live, event)).toStrictEqual(expected);
    expect(audiences(revealed, event)).toStrictEqual(expected);
  });

  it('sends refunds of a merge only to whoever gets them, with the total when tallies are visible', () => {
    const event = ev.merged('t2', 't1', [{ participantId: 'p1', count: 1 }]);
    const publicEvent = { ...event, refunds: [] };
    expect(audiences(live, event)).toStrictEqual({ facilitator: event, public: publicEvent, personal: { p1: { ...publicEvent, refunds: event.refunds } } });
  });

  it('hides even the refund total of a merge while tallies are hidden', () => {
    const event = ev.merged('t2', 't1', [{ participantId: 'p1', count: 1 }]);
    const publicEvent = { ...event, refunds: [], refundTotal: 0 };
    expect(audiences(hidden, event)).toStrictEqual({ facilitator: event, public: publicEvent, personal: { p1: { ...publicEvent, refunds: event.refunds } } });
  });

  it.each<[string, SessionState, StoredEvent]>([
    ['revealing hidden tallies', hidden, ev.revealed()],
    ['hiding revealed tallies again', revealed, ev.talliesHidden()],
    ['switching live tallies to hidden', live, ev.settings({ tallyMode: 'hidden' })],
    ['switching hidden tallies to live', hidden, ev.settings({ tallyMode: 'live' })],
  ])('asks public readers to reload a snapshot when %s', (_, before, event) => {
    expect(audiences(before, event)).toStrictEqual({ facilitator: event, public: 'snapshot', personal: {} });
  });

  it.each<[string, SessionState, StoredEvent]>([
    ['revealing in live mode', live, ev.revealed()],
    ['switching to hidden once both votes are revealed', given(...voting, ev.revealed(), ev.convergenceRevealed()).state, ev.settings({ tallyMode: 'hidden' })],
    ['changing the budget', hidden, ev.settings({ tallyMode: 'hidden', dotBudget: 5 })],
    ['a named convener proposing again', live, ev.proposed('t9', 'p1')],
    ['hiding a topic', hidden, ev.hidden('t1')],
  ])('sends the event as is when visibility does not change: %s', (_, before, event) => {
    expect(audiences(before, event)).toStrictEqual({ facilitator: event, public: event, personal: {} });
  });

  it('tells the others someone joined without their pseudonym; the newcomer gets their own record', () => {
    const event = ev.joined('p9');
    expect(audiences(hidden, event)).toStrictEqual({ facilitator: event, public: { type: 'ParticipantCounted' }, personal: { p9: event } });
  });

  it('names a first-time proposer to everyone, with the topic', () => {
    const event = ev.proposed('t9', 'p3');
    const proposer = { ...live.participants['p3'], named: true };
    expect(audiences(live, event)).toStrictEqual({ facilitator: event, public: { type: 'ConvenerNamed', proposer, topic: event }, personal: {} });
  });
});

describe('viewOfEvent', () => {
  const facilitatorEvent = ev.dot('p1', 't1');
  const tally: SessionEvent = { type: 'TallyChanged', topicId: 't1', delta: 1 };
  const aud = { facilitator: facilitatorEvent, public: tally, personal: { p1: facilitatorEvent } };

  it.each([
    ['the facilitator gets the full event', FACILITATOR, facilitatorEvent],
    ['a participant named in personal gets their own', participant('p1'), facilitatorEvent],
    ['another participant gets the public view', participant('p2'), tally],
    ['the projector gets the public view', PROJECTOR, tally],
  ] as const)('%s', (_, reader, expected) => {
    expect(viewOfEvent(aud, reader)).toStrictEqual(expected);
  });
});

describe('breakout groups: who sits where is personal, headcounts are public', () => {
  const running = given(...agendaRunning).state;
  const assigned = ev.assigned({ sl1: { p1: 't1', p2: 't2', p3: 't1' }, sl2: { p1: 'tp', p3: 't3' } });
  const seated = evolve(running, assigned, running.version + 1);
  const headcounts = { sl1: { t1: 2, t2: 1 }, sl2: { tp: 1, t3: 1 } };

  it('shows the facilitator every line, a participant only theirs, the projector none; headcounts to all', () => {
    expect(viewOf(seated, FACILITATOR).breakouts.members).toStrictEqual(seated.breakouts.members);
    expect(viewOf(seated, participant('p2')).breakouts).toStrictEqual({ ...seated.breakouts, members: { sl1: { p2: 't2' } } });
    expect(viewOf(seated, participant('p1')).breakouts.members).toStrictEqual({ sl1: { p1: 't1' }, sl2: { p1: 'tp' } });
    expect(viewOf(seated, participant('paper1')).breakouts).toStrictEqual({ ...seated.breakouts, members: {} });
    expect(viewOf(seated, PROJECTOR).breakouts).toStrictEqual({ ...seated.breakouts, members: {} });
    expect(viewOf(seated, PROJECTOR).breakouts.headcounts).toStrictEqual(headcounts);
  });

  it('sends each seated participant only their own lines of GroupsAssigned, and public readers none; all keep the headcounts', () => {
    expect(audiences(running, assigned)).toStrictEqual({
      facilitator: assigned,
      public: { ...assigned, assignments: {} },
      personal: {
        p1: { ...assigned, assignments: { sl1: { p1: 't1' }, sl2: { p1: 'tp' } } },
        p2: { ...assigned, assignments: { sl1: { p2: 't2' } } },
        p3: { ...assigned, assignments: { sl1: { p3: 't1' }, sl2: { p3: 't3' } } },
      },
    });
  });

  it.each<[string, EventOf<'GroupJoined' | 'GroupLeft'>, SessionEvent]>([
    ['a move between groups', ev.groupJoined('p2', 'sl1', 't1', 't2'), { type: 'HeadcountsMoved', slotId: 'sl1', fromTopicId: 't2', toTopicId: 't1' }],
    ['a first seat', ev.groupJoined('paper1', 'sl1', 't2', null, 'facilitator'), { type: 'HeadcountsMoved', slotId: 'sl1', fromTopicId: null, toTopicId: 't2' }],
    ['a check-in', ev.groupJoined('p1', 'sl1', 't2', 't1', 'checkin'), { type: 'HeadcountsMoved', slotId: 'sl1', fromTopicId: 't1', toTopicId: 't2' }],
    ['a departure', ev.groupLeft('p3', 'sl2', 't3'), { type: 'HeadcountsMoved', slotId: 'sl2', fromTopicId: 't3', toTopicId: null }],
  ])('turns %s into an anonymous HeadcountsMoved for everyone but the person moved', (_, event, counted) => {
    const aud = audiences(seated, event);
    expect(aud).toStrictEqual({ facilitator: event, public: counted, personal: { [event.participantId]: event } });
    const after = evolve(seated, event, seated.version + 1);
    for (const reader of [participant('p1'), participant('p2'), participant('p3'), participant('paper1'), PROJECTOR]) {
      const message = viewOfEvent(aud, reader);
      if (message === null || message === 'snapshot') throw new Error('a group move is always a delta');
      expect(evolve(viewOf(seated, reader), message, after.version)).toStrictEqual(viewOf(after, reader));
    }
  });
});

describe('the convergence vote: proposal dots are as secret as topic dots', () => {
  const votes = [ev.proposalDot('p1', 'pr1'), ev.proposalDot('p1', 'pr2'), ev.proposalDot('p2', 'pr1')];
  const liveC = given(...converging, ...votes).state;
  const hiddenC = given(ev.settings({ tallyMode: 'hidden' }), ...converging, ...votes).state;
  const revealedC = given(ev.settings({ tallyMode: 'hidden' }), ...converging, ...votes, ev.convergenceRevealed()).state;

  it.each([
    ['live', liveC, { pr1: 2, pr2: 1 }],
    ['hidden', hiddenC, null],
    ['hidden but revealed', revealedC, { pr1: 2, pr2: 1 }],
  ] as const)('shows a participant only their own proposal dots; counts when %s: %j', (_, state, tallies) => {
    expect(viewOf(state, participant('p1')).convergence).toStrictEqual({ ...state.convergence, dots: { p1: { pr1: 1, pr2: 1 } }, tallies });
    expect(viewOf(state, participant('p3')).convergence).toStrictEqual({ ...state.convergence, dots: {}, tallies });
    expect(viewOf(state, PROJECTOR).convergence).toStrictEqual({ ...state.convergence, dots: {}, tallies });
    expect(viewOf(state, FACILITATOR)).toBe(state);
  });

  it('keeps each vote’s reveal apart: revealing the topics shows no proposal count', () => {
    const topicsRevealed = given(ev.settings({ tallyMode: 'hidden' }), ...converging, ...votes, ev.revealed()).state;
    expect(viewOf(topicsRevealed, PROJECTOR).tallies).not.toBeNull();
    expect(viewOf(topicsRevealed, PROJECTOR).convergence.tallies).toBeNull();
  });

  it('in hidden mode, tells nobody but the voter and the facilitator about a proposal dot', () => {
    const event = ev.proposalDot('p3', 'pr2');
    expect(audiences(hiddenC, event)).toStrictEqual({ facilitator: event, public: null, personal: { p3: event } });
  });

  it.each<[string, EventOf<'ProposalDotPlaced' | 'ProposalDotRemoved'>, number]>([
    ['placed', ev.proposalDot('p3', 'pr2'), 1],
    ['removed', ev.proposalUndot('p1', 'pr2'), -1],
  ])('with visible counts, turns a proposal dot %s into an anonymous count for the others', (_, event, delta) => {
    const expected = {
      facilitator: event,
      public: { type: 'ProposalTallyChanged', proposalId: 'pr2', delta },
      personal: { [event.participantId]: event },
    };
    expect(audiences(liveC, event)).toStrictEqual(expected);
    expect(audiences(revealedC, event)).toStrictEqual(expected);
  });

  it.each<[string, SessionState, StoredEvent]>([
    ['revealing hidden proposal counts', hiddenC, ev.convergenceRevealed()],
    ['hiding them again', revealedC, ev.convergenceHidden()],
    ['switching live counts to hidden', liveC, ev.settings({ tallyMode: 'hidden' })],
    ['switching to hidden with only the topic vote revealed', given(...converging, ev.revealed()).state, ev.settings({ tallyMode: 'hidden' })],
  ])('asks public readers to reload a snapshot when %s', (_, before, event) => {
    expect(audiences(before, event)).toStrictEqual({ facilitator: event, public: 'snapshot', personal: {} });
  });

  it.each<[string, SessionState, StoredEvent]>([
    ['opening a ballot', given(...closing).state, ev.convergenceOpened(['pr1', 'sl1', 't1'])],
    ['closing it', hiddenC, ev.convergenceClosed()],
    ['revealing proposal counts in live mode', liveC, ev.convergenceRevealed()],
  ])('sends the event as is when visibility does not change: %s', (_, before, event) => {
    expect(audiences(before, event)).toStrictEqual({ facilitator: event, public: event, personal: {} });
  });
});

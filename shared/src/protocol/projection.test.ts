import { describe, expect, it } from 'vitest';
import type { EventOf, SessionEvent, StoredEvent } from '../events/events.ts';
import { evolve } from '../events/evolve.ts';
import type { SessionState } from '../model/session.ts';
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

  it.each([
    ['live', live, { t1: 2, t2: 1 }],
    ['hidden', hidden, null],
    ['hidden but revealed', revealed, { t1: 2, t2: 1 }],
  ] as const)('shows a participant only their own dots; tallies when %s: %j', (_, state, tallies) => {
    expect(viewOf(state, participant('p1'))).toStrictEqual({ ...state, dots: { p1: { t1: 1, t2: 1 } }, tallies });
    expect(viewOf(state, participant('p3'))).toStrictEqual({ ...state, dots: {}, tallies });
  });

  it.each([
    ['live', live, { t1: 2, t2: 1 }],
    ['hidden', hidden, null],
    ['hidden but revealed', revealed, { t1: 2, t2: 1 }],
  ] as const)('shows the projector no dot at all; tallies when %s: %j', (_, state, tallies) => {
    expect(viewOf(state, PROJECTOR)).toStrictEqual({ ...state, dots: {}, tallies });
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
    ['switching to hidden once revealed', given(...voting, ev.revealed()).state, ev.settings({ tallyMode: 'hidden' })],
    ['changing the budget', hidden, ev.settings({ tallyMode: 'hidden', dotBudget: 5 })],
    ['proposing a topic', live, ev.proposed('t9', 'p3')],
    ['hiding a topic', hidden, ev.hidden('t1')],
    ['someone joining', hidden, ev.joined('p9')],
  ])('sends the event as is when visibility does not change: %s', (_, before, event) => {
    expect(audiences(before, event)).toStrictEqual({ facilitator: event, public: event, personal: {} });
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

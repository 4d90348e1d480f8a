import { describe, expect, it } from 'vitest';
import type { SessionState } from '../model/session.ts';
import { created, dots, ev, T0 } from '../testing/fixtures.ts';
import { fold, given } from '../testing/scenario.ts';
import type { SessionEvent, StoredEvent } from './events.ts';
import { evolve } from './evolve.ts';

const story: StoredEvent[] = [
  created(),
  ev.joined('p1', 'Amina'),
  ev.joined('p2'),
  ev.paperJoined('paper1'),
  ev.phase('marketplace'),
  ev.proposed('t1', 'p1', { themeId: 'th1' }),
  ev.proposed('t2', 'p2'),
  ev.proposed('t3', 'paper1', { enteredByFacilitator: true }),
  ev.edited('t2', 'Reworded'),
  ev.phase('voting'),
  ev.settings({ dotBudget: 4, allowStacking: true, tallyMode: 'hidden' }),
  ...dots('p1', 't1', 2),
  ev.dot('p2', 't1'),
  ev.dot('p2', 't2'),
  ev.dot('paper1', 't3', true),
  ev.undot('p1', 't1'),
  ev.merged('t3', 't2'),
  ev.hidden('t1'),
  ev.restored('t1'),
  ev.revealed(),
];

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

describe('evolve', () => {
  it('replays the same events to the same state, byte for byte', () => {
    const once = fold(story);
    const twice = fold(story);
    expect(twice).toStrictEqual(once);
    expect(JSON.stringify(twice)).toBe(JSON.stringify(once));
  });

  it('never changes the state it is given (frozen states go through)', () => {
    let state = deepFreeze(fold(story.slice(0, 1)));
    for (const event of story.slice(1)) state = deepFreeze(evolve(state, event, state.version + 1));
    expect(state).toStrictEqual(fold(story));
  });

  it('ends where the story says', () => {
    const state = fold(story);
    expect(state.version).toBe(story.length);
    // Hiding t1 gave p1 and p2 their t1 dots back; paper1's dot followed t3 into t2.
    expect(state.dots).toStrictEqual({ p2: { t2: 1 }, paper1: { t2: 1 } });
    expect(state.tallies).toStrictEqual({ t2: 2 });
    expect(state.talliesRevealed).toBe(true);
    expect(state.topics.t2).toMatchObject({ title: 'Reworded', proposerIds: ['p2', 'paper1'], hidden: false });
    expect(state.topics.t3).toBeUndefined();
    // p1 proposed t1: proposing names a person, and withdrawing or hiding the topic does not un-name them.
    expect(state.participants.p1).toStrictEqual({ id: 'p1', pseudonym: 'Amina', joinedAt: T0, paper: false, named: true });
    expect(state.participantCount).toBe(3);
  });

  it('counts someone another screen only hears about, and learns a proposer from the topic', () => {
    const start = fold([created()]);
    const counted = evolve(start, { type: 'ParticipantCounted' }, 2);
    expect(counted.participantCount).toBe(1);
    expect(counted.participants).toStrictEqual({});
    const proposer = { id: 'p1', pseudonym: 'Amina', joinedAt: T0, paper: false, named: false };
    const named = evolve(counted, { type: 'ConvenerNamed', proposer: { ...proposer, named: true }, topic: ev.proposed('t1', 'p1') }, 3);
    expect(named.participants).toStrictEqual({ p1: { ...proposer, named: true } });
    expect(named.topics['t1']?.proposerIds).toStrictEqual(['p1']);
  });

  it.each(story.map((event) => [event.type, event] as const))('sets version to the seq of %s', (_, event) => {
    const state = fold(story);
    expect(evolve(state, event, 1234).version).toBe(1234);
  });

  it('moves version with seq alone, even for an event that changes nothing else', () => {
    const state = fold(story);
    const { version: _v, ...rest } = evolve(state, ev.restored('ghost'), state.version + 1);
    const { version: _w, ...expected } = state;
    expect(rest).toStrictEqual(expected);
  });

  it.each<[string, StoredEvent]>([
    ['edits', ev.edited('ghost', 'X')],
    ['hides', ev.hidden('ghost')],
    ['restores', ev.restored('ghost')],
    ['withdraws', ev.withdrawn('ghost')],
    ['merges from', ev.merged('ghost', 't2')],
    ['merges into', ev.merged('t2', 'ghost')],
  ])('ignores an event that %s an unknown topic', (_, event) => {
    const state = fold(story);
    expect({ ...evolve(state, event, state.version), version: state.version }).toStrictEqual(state);
  });

  it('starts over from a SessionCreated', () => {
    const state = fold(story);
    expect(evolve(state, created(), 1)).toStrictEqual(fold([created()]));
  });

  it('drops a count that falls to zero instead of keeping a 0', () => {
    const { state } = given(ev.joined('p1'), ev.phase('marketplace'), ev.proposed('t1', 'p1'), ev.phase('voting'), ev.dot('p1', 't1'), ev.undot('p1', 't1'));
    expect(state.dots.p1?.t1).toBeUndefined();
    expect(state.tallies).toStrictEqual({});
  });
});

describe('evolve on a reader’s view (TallyChanged)', () => {
  const base = (tallies: SessionState['tallies']): SessionState => ({ ...fold([created()]), tallies });
  const change = (topicId: string, delta: number): SessionEvent => ({ type: 'TallyChanged', topicId, delta });

  it.each<[string, SessionState['tallies'], SessionEvent, SessionState['tallies']]>([
    ['adds to a count', { t1: 2 }, change('t1', 1), { t1: 3 }],
    ['starts a count', {}, change('t1', 1), { t1: 1 }],
    ['takes from a count', { t1: 2 }, change('t1', -1), { t1: 1 }],
    ['drops a count at zero', { t1: 1, t2: 1 }, change('t1', -1), { t2: 1 }],
    ['leaves hidden tallies hidden', null, change('t1', 1), null],
  ])('%s', (_, before, event, after) => {
    expect(evolve(base(before), event, 2).tallies).toStrictEqual(after);
  });

  it('counts dots without knowing whose they are', () => {
    expect(evolve(base({}), change('t1', 1), 2).dots).toStrictEqual({});
  });
});

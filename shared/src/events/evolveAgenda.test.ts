import { describe, expect, it } from 'vitest';
import type { SessionState } from '../model/session.ts';
import { unscheduledTopicIds } from '../rules/agenda.ts';
import { running } from '../testing/agendaStory.ts';
import { created, ev, NOW } from '../testing/fixtures.ts';
import { applyAll, fold, given } from '../testing/scenario.ts';
import type { SessionEvent, StoredEvent } from './events.ts';
import { evolve } from './evolve.ts';

/**
 * running, plus: t1 locked, in the spotlight, timed; sl1 = t1 {p1, p3} and t2 {p2}; sl2 = t3 {p3}
 * and tp {p1, paper1}.
 */
const story: StoredEvent[] = [
  ...running,
  ev.locked('t1'),
  ev.spotlight('t1'),
  ev.timerStarted(NOW + 60_000, 'sl1'),
  ev.assigned({ sl1: { p1: 't1', p2: 't2', p3: 't1' }, sl2: { p1: 'tp', p3: 't3', paper1: 'tp' } }),
];
const base = given(...story).state;
const after = (...events: StoredEvent[]) => applyAll(base, events);
const groups = (state: SessionState) => ({ members: state.breakouts.members, headcounts: state.breakouts.headcounts });

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

describe('evolve keeps the agenda and the groups consistent (pruneAgenda)', () => {
  it('starts from the story it says', () => {
    expect(groups(base)).toStrictEqual({
      members: { sl1: { p1: 't1', p2: 't2', p3: 't1' }, sl2: { p1: 'tp', p3: 't3', paper1: 'tp' } },
      headcounts: { sl1: { t1: 2, t2: 1 }, sl2: { tp: 2, t3: 1 } },
    });
  });

  it('removing a space unschedules its topics and dissolves their groups, members and headcounts', () => {
    const state = after(ev.spaceRemoved('sp1'));
    expect(unscheduledTopicIds(state)).toStrictEqual(['t1', 't3']);
    expect(state.agenda.locked).toStrictEqual([]);
    expect(groups(state)).toStrictEqual({ members: { sl1: { p2: 't2' }, sl2: { p1: 'tp', paper1: 'tp' } }, headcounts: { sl1: { t2: 1 }, sl2: { tp: 2 } } });
    // The spotlight is on a topic, not a cell: it stays.
    expect(state.breakouts.spotlightTopicId).toBe('t1');
  });

  it('removing a slot unschedules its topics, dissolves its groups, and clears it as current slot and from the timer', () => {
    const state = after(ev.slotRemoved('sl1'));
    expect(unscheduledTopicIds(state)).toStrictEqual(['t1', 't2']);
    expect(state.agenda.locked).toStrictEqual([]);
    expect(groups(state)).toStrictEqual({ members: { sl2: { p1: 'tp', p3: 't3', paper1: 'tp' } }, headcounts: { sl2: { tp: 2, t3: 1 } } });
    expect(state.breakouts.currentSlotId).toBeNull();
    expect(state.breakouts.timer).toBeNull();
  });

  it.each<[string, StoredEvent]>([
    ['hiding', ev.hidden('t1')],
    ['withdrawing', ev.withdrawn('t1')],
    ['merging away', ev.merged('t1', 't3')],
  ])('%s a scheduled topic removes its placement, its lock, its groups and the spotlight on it', (_, event) => {
    const state = after(event);
    expect(state.agenda.placements.t1).toBeUndefined();
    expect(state.agenda.locked).toStrictEqual([]);
    expect(groups(state)).toStrictEqual({ members: { sl1: { p2: 't2' }, sl2: { p1: 'tp', p3: 't3', paper1: 'tp' } }, headcounts: { sl1: { t2: 1 }, sl2: { tp: 2, t3: 1 } } });
    expect(state.breakouts.spotlightTopicId).toBeNull();
  });

  it('keeps the merge target’s cell and group', () => {
    const state = after(ev.merged('t3', 't1'));
    expect(state.agenda.placements.t1).toStrictEqual({ slotId: 'sl1', spaceId: 'sp1' });
    expect(state.breakouts.headcounts).toStrictEqual({ sl1: { t1: 2, t2: 1 }, sl2: { tp: 2 } });
    expect(state.breakouts.spotlightTopicId).toBe('t1');
  });

  it('does not schedule a hidden topic again when it is restored', () => {
    const state = after(ev.hidden('t1'), ev.restored('t1'));
    expect(unscheduledTopicIds(state)).toStrictEqual(['t1']);
    expect(state.breakouts.spotlightTopicId).toBeNull();
  });

  it('moving a topic to another slot dissolves its group in the old one', () => {
    const state = after(ev.spaceAdded('sp3', 'Ouessant', 9), ev.topicMoved('t1', { slotId: 'sl2', spaceId: 'sp3' }));
    expect(groups(state)).toStrictEqual({ members: { sl1: { p2: 't2' }, sl2: { p1: 'tp', p3: 't3', paper1: 'tp' } }, headcounts: { sl1: { t2: 1 }, sl2: { tp: 2, t3: 1 } } });
    expect(state.agenda.locked).toStrictEqual(['t1']);
  });

  it('a swap across slots dissolves both groups; a swap within a slot keeps both', () => {
    const across = after(ev.topicMoved('t2', { slotId: 'sl2', spaceId: 'sp2' }, 'tp'));
    expect(groups(across)).toStrictEqual({ members: { sl1: { p1: 't1', p3: 't1' }, sl2: { p3: 't3' } }, headcounts: { sl1: { t1: 2 }, sl2: { t3: 1 } } });
    const within = after(ev.topicMoved('t2', { slotId: 'sl1', spaceId: 'sp1' }, 't1'));
    expect(within.agenda.placements).toMatchObject({ t1: { slotId: 'sl1', spaceId: 'sp2' }, t2: { slotId: 'sl1', spaceId: 'sp1' } });
    expect(groups(within)).toStrictEqual(groups(base));
  });

  it('a new agenda keeps the groups of topics that stay in their slot and dissolves the others', () => {
    const state = after(ev.agenda(['t1', 'sl1', 'sp2'], ['t3', 'sl1', 'sp1'], ['t2', 'sl2', 'sp1'], ['tp', 'sl2', 'sp2']));
    expect(groups(state)).toStrictEqual({ members: { sl1: { p1: 't1', p3: 't1' }, sl2: { p1: 'tp', paper1: 'tp' } }, headcounts: { sl1: { t1: 2 }, sl2: { tp: 2 } } });
  });

  it('a new agenda that gives a group a room too small for it dissolves that group rather than overcrowd the room', () => {
    const crowded = after(ev.groupJoined('paper1', 'sl1', 't1'));
    expect(crowded.breakouts.headcounts.sl1).toStrictEqual({ t1: 3, t2: 1 });
    const state = applyAll(crowded, [ev.agenda(['t1', 'sl1', 'sp2'], ['t2', 'sl1', 'sp1'], ['t3', 'sl2', 'sp1'], ['tp', 'sl2', 'sp2'])]);
    expect(groups(state)).toStrictEqual({ members: { sl1: { p2: 't2' }, sl2: { p1: 'tp', p3: 't3', paper1: 'tp' } }, headcounts: { sl1: { t2: 1 }, sl2: { tp: 2, t3: 1 } } });
  });

  it('leaves no empty slot entry behind when the last member leaves', () => {
    const state = after(ev.groupLeft('p2', 'sl1', 't2'), ev.groupLeft('p1', 'sl1', 't1'), ev.groupLeft('p3', 'sl1', 't1'));
    expect(groups(state)).toStrictEqual({ members: { sl2: { p1: 'tp', p3: 't3', paper1: 'tp' } }, headcounts: { sl2: { tp: 2, t3: 1 } } });
  });

  it('moves counts only on a reader’s HeadcountsMoved (who moved is not theirs to know)', () => {
    const view: SessionState = { ...base, breakouts: { ...base.breakouts, members: {} } };
    const moved: SessionEvent = { type: 'HeadcountsMoved', slotId: 'sl1', fromTopicId: 't1', toTopicId: 't2' };
    const state = evolve(view, moved, view.version + 1);
    expect(groups(state)).toStrictEqual({ members: {}, headcounts: { sl1: { t1: 1, t2: 2 }, sl2: { tp: 2, t3: 1 } } });
  });

  it('replays an agenda story to the same state, byte for byte, without changing any state it is given', () => {
    const log: StoredEvent[] = [created(), ...story, ev.groupJoined('p2', 'sl1', 't1', 't2'), ev.topicMoved('t3', null), ev.slotRemoved('sl1'), ev.spaceRemoved('sp2')];
    let state = deepFreeze(fold(log.slice(0, 1)));
    for (const event of log.slice(1)) state = deepFreeze(evolve(state, event, state.version + 1));
    expect(JSON.stringify(state)).toBe(JSON.stringify(fold(log)));
  });
});

import { describe, expect, it } from 'vitest';
import type { Cell } from '../model/agenda.ts';
import { unscheduledTopicIds } from '../rules/agenda.ts';
import { planning, running, scheduled } from '../testing/agendaStory.ts';
import { ev, participant, PROJECTOR } from '../testing/fixtures.ts';
import { given } from '../testing/scenario.ts';
import { MoveTopicSchema } from './moveTopic.schema.ts';

/** scheduled: sl1 = t1 (Iroise sp1), t2 (Molène sp2); sl2 = t3 (Iroise), tp (Molène). */
const move = (topicId: string, to: Cell | null) => ({ type: 'moveTopic' as const, topicId, to });
const cell = (slotId: string, spaceId: string): Cell => ({ slotId, spaceId });
const withOuessant = [...scheduled, ev.spaceAdded('sp3', 'Ouessant', 9)];

describe('moveTopic', () => {
  it('moves a scheduled topic to a free cell', () => {
    const { state } = given(...withOuessant)
      .when(move('t1', cell('sl2', 'sp3')))
      .then(ev.topicMoved('t1', cell('sl2', 'sp3')));
    expect(state.agenda.placements.t1).toStrictEqual(cell('sl2', 'sp3'));
    expect(Object.keys(state.agenda.placements)).toHaveLength(4);
  });

  it('moves a topic to another room of its slot', () => {
    given(...withOuessant).when(move('t1', cell('sl1', 'sp3'))).then(ev.topicMoved('t1', cell('sl1', 'sp3')));
  });

  it('schedules an unscheduled topic in a free cell', () => {
    const { state } = given(...planning)
      .when(move('t3', cell('sl2', 'sp2')))
      .then(ev.topicMoved('t3', cell('sl2', 'sp2')));
    expect(state.agenda.placements).toStrictEqual({ t3: cell('sl2', 'sp2') });
  });

  it('swaps with the topic in the cell, which takes the moved topic’s former cell', () => {
    const { state } = given(...scheduled)
      .when(move('t1', cell('sl2', 'sp2')))
      .then(ev.topicMoved('t1', cell('sl2', 'sp2'), 'tp'));
    expect(state.agenda.placements).toStrictEqual({
      t1: cell('sl2', 'sp2'),
      t2: cell('sl1', 'sp2'),
      t3: cell('sl2', 'sp1'),
      tp: cell('sl1', 'sp1'),
    });
  });

  it('sends the occupant out of the grid when an unscheduled topic takes its cell', () => {
    const { state } = given(...scheduled, ev.proposed('t4', 'p3'))
      .when(move('t4', cell('sl1', 'sp2')))
      .then(ev.topicMoved('t4', cell('sl1', 'sp2'), 't2'));
    expect(state.agenda.placements.t4).toStrictEqual(cell('sl1', 'sp2'));
    expect(unscheduledTopicIds(state)).toStrictEqual(['t2']);
  });

  it('unschedules a topic when moved to nowhere', () => {
    const { state } = given(...scheduled, ev.locked('t1'))
      .when(move('t1', null))
      .then(ev.topicMoved('t1', null));
    expect(unscheduledTopicIds(state)).toStrictEqual(['t1']);
    expect(state.agenda.locked).toStrictEqual([]);
  });

  it('dissolves the group of a topic that moves to another slot', () => {
    const { state } = given(...running, ev.spaceAdded('sp3', 'Ouessant', 9), ev.groupJoined('p1', 'sl1', 't1'), ev.groupJoined('p2', 'sl1', 't2'))
      .when(move('t1', cell('sl2', 'sp3')))
      .then(ev.topicMoved('t1', cell('sl2', 'sp3')));
    expect(state.breakouts.members).toStrictEqual({ sl1: { p2: 't2' } });
    expect(state.breakouts.headcounts).toStrictEqual({ sl1: { t2: 1 } });
  });

  it('keeps the group of a topic that changes room within its slot', () => {
    const { state } = given(...running, ev.spaceAdded('sp3', 'Ouessant', 9), ev.groupJoined('p1', 'sl1', 't1'))
      .when(move('t1', cell('sl1', 'sp3')))
      .then(ev.topicMoved('t1', cell('sl1', 'sp3')));
    expect(state.breakouts.members).toStrictEqual({ sl1: { p1: 't1' } });
    expect(state.breakouts.headcounts).toStrictEqual({ sl1: { t1: 1 } });
  });

  it('lets a topic take the cell of another of its convener’s topics, which leaves the grid', () => {
    // The convener's other topic leaves the grid: they are still in one place only.
    given(...scheduled, ev.proposed('t4', 'p1'))
      .when(move('t4', cell('sl1', 'sp1')))
      .then(ev.topicMoved('t4', cell('sl1', 'sp1'), 't1'));
  });

  it('refuses with CONFLICT to put a convener in two places of one slot', () => {
    // p1 convenes t1 (sl1) and t4: t4 may not meet in sl1 too.
    const story = [...withOuessant, ev.proposed('t4', 'p1')];
    given(...story).when(move('t4', cell('sl1', 'sp3'))).thenError('CONFLICT');
    given(...story).when(move('t4', cell('sl1', 'sp2'))).thenError('CONFLICT');
    given(...story).when(move('t4', cell('sl2', 'sp3'))).then(ev.topicMoved('t4', cell('sl2', 'sp3')));
  });

  it('refuses with CONFLICT a swap that puts the other topic’s convener in two places', () => {
    // t4 (p2) sits in sl2; swapping it with t1 would bring it to sl1, where p2 convenes t2.
    const story = [...planning, ev.proposed('t4', 'p2'), ev.agenda(['t1', 'sl1', 'sp1'], ['t2', 'sl1', 'sp2'], ['t3', 'sl2', 'sp1'], ['t4', 'sl2', 'sp2'])];
    given(...story).when(move('t1', cell('sl2', 'sp2'))).thenError('CONFLICT');
  });

  it('refuses with CONFLICT to move a group into a room too small for the people already in it', () => {
    // Three people sit in t1 (Iroise, 3 seats); Molène has 2.
    const full = [...running, ev.assigned({ sl1: { p1: 't1', p3: 't1', paper1: 't1', p2: 't2' } })];
    given(...full).when(move('t1', cell('sl1', 'sp2'))).thenError('CONFLICT');
    given(...full).when(move('t2', cell('sl1', 'sp1'))).thenError('CONFLICT');
    given(...full, ev.spaceAdded('sp3', 'Ouessant', 3)).when(move('t1', cell('sl1', 'sp3'))).then(ev.topicMoved('t1', cell('sl1', 'sp3')));
    // To another slot the group dissolves, so the room's size does not matter.
    given(...full).when(move('t1', cell('sl2', 'sp2'))).then(ev.topicMoved('t1', cell('sl2', 'sp2'), 'tp'));
  });

  it.each([
    ['an unknown topic', move('ghost', cell('sl1', 'sp1')), 'NOT_FOUND'],
    ['an unknown slot', move('t1', cell('ghost', 'sp1')), 'NOT_FOUND'],
    ['an unknown space', move('t1', cell('sl1', 'ghost')), 'NOT_FOUND'],
    ['to the cell it is in', move('t1', cell('sl1', 'sp1')), 'CONFLICT'],
  ] as const)('refuses %s with %s', (_, command, code) => {
    given(...scheduled).when(command).thenError(code);
  });

  it('refuses with NOT_FOUND a hidden topic', () => {
    given(...planning, ev.hidden('t1')).when(move('t1', cell('sl1', 'sp1'))).thenError('NOT_FOUND');
  });

  it('refuses with CONFLICT to unschedule a topic that is not scheduled', () => {
    given(...planning).when(move('t1', null)).thenError('CONFLICT');
  });

  it.each([
    ['a participant', participant('p1')],
    ['the projector', PROJECTOR],
  ])('is FORBIDDEN to %s', (_, actor) => {
    given(...scheduled).when(move('t1', null), actor).thenError('FORBIDDEN');
  });

  it('refuses a cell without a space (VALIDATION at the edge)', () => {
    expect(MoveTopicSchema.safeParse({ type: 'moveTopic', topicId: 't1', to: { slotId: 'sl1' } }).success).toBe(false);
  });
});

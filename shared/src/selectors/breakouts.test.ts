import { describe, expect, it } from 'vitest';
import { viewOf } from '../protocol/projection.ts';
import { planning, running, scheduled } from '../testing/agendaStory.ts';
import { ev, participant, PROJECTOR } from '../testing/fixtures.ts';
import { given } from '../testing/scenario.ts';
import { assignmentQualityOf, groupsOfSlot } from './breakouts.ts';

/**
 * running: sl1 = t1 (Iroise, 3 seats), t2 (Molène, 2 seats); sl2 = t3 (Iroise), tp (Molène).
 * Dots: p1 t1 t2, p2 t2 t3, p3 t1, paper1 tp.
 */
describe('groupsOfSlot', () => {
  const { state } = given(...running, ev.groupJoined('p1', 'sl1', 't1'), ev.groupJoined('p2', 'sl1', 't1'), ev.groupJoined('p3', 'sl1', 't2'));

  it('lists the groups of a slot with their seats and headcounts, by space name', () => {
    expect(groupsOfSlot(state, 'sl1')).toStrictEqual([
      { topicId: 't1', spaceId: 'sp1', capacity: 3, headcount: 2 },
      { topicId: 't2', spaceId: 'sp2', capacity: 2, headcount: 1 },
    ]);
    expect(groupsOfSlot(state, 'sl2')).toStrictEqual([
      { topicId: 't3', spaceId: 'sp1', capacity: 3, headcount: 0 },
      { topicId: 'tp', spaceId: 'sp2', capacity: 2, headcount: 0 },
    ]);
  });

  it('orders by name, not by id nor by the order spaces were added, and numbers as numbers', () => {
    const { state: renamed } = given(
      ...scheduled,
      ev.spaceUpdated('sp1', 'Salle 10', 3),
      ev.spaceUpdated('sp2', 'Salle 9', 2),
      ev.spaceAdded('sp3', 'Atelier', 5),
      ev.topicMoved('t3', { slotId: 'sl1', spaceId: 'sp3' }),
    );
    expect(groupsOfSlot(renamed, 'sl1').map((g) => g.spaceId)).toStrictEqual(['sp3', 'sp2', 'sp1']);
  });

  it('gives every reader the same list: headcounts are public', () => {
    expect(groupsOfSlot(viewOf(state, PROJECTOR), 'sl1')).toStrictEqual(groupsOfSlot(state, 'sl1'));
    expect(groupsOfSlot(viewOf(state, participant('p3')), 'sl1')).toStrictEqual(groupsOfSlot(state, 'sl1'));
  });

  it('is empty for a slot without topics, or an unknown slot', () => {
    expect(groupsOfSlot(given(...planning).state, 'sl1')).toStrictEqual([]);
    expect(groupsOfSlot(state, 'ghost')).toStrictEqual([]);
  });
});

describe('assignmentQualityOf', () => {
  it('measures the assignment the app made', () => {
    // sl1: p1 t1, p2 t2, p3 t1, paper1 t2; sl2: p1 tp, p2 t3, p3 t3, paper1 tp.
    const { state } = given(...scheduled).when({ type: 'assignGroups' }).then(
      ev.assigned({ sl1: { p1: 't1', p2: 't2', p3: 't1', paper1: 't2' }, sl2: { p1: 'tp', p2: 't3', p3: 't3', paper1: 'tp' } }),
    );
    // Wishes per slot: sl1 p1 p2 p3 (all granted); sl2 p2, paper1 (granted). p3 is in t3 without a dot on it.
    expect(assignmentQualityOf(state)).toStrictEqual({ placedShare: 1, topChoiceShare: 1, unassigned: 0, emptyGroups: 0, fullGroups: 2 });
  });

  it('follows the people as they move, and counts who sits nowhere', () => {
    const { state } = given(...running, ev.groupJoined('p1', 'sl1', 't1'), ev.groupJoined('p2', 'sl1', 't1'), ev.groupJoined('p3', 'sl2', 't3'));
    // Wishes: sl1 p1 (t1: granted), p2 (t2: in t1, not granted), p3 (t1: no seat); sl2 p2 (t3: no seat), paper1 (tp: no seat).
    expect(assignmentQualityOf(state)).toStrictEqual({
      placedShare: 1 / 5,
      topChoiceShare: 1 / 4,
      unassigned: 5,
      emptyGroups: 2,
      fullGroups: 0,
    });
  });

  it('counts a full group, and an empty one', () => {
    const { state } = given(...running, ev.groupJoined('p2', 'sl1', 't2'), ev.groupJoined('p1', 'sl1', 't2'));
    expect(assignmentQualityOf(state)).toMatchObject({ emptyGroups: 3, fullGroups: 1, unassigned: 6 });
  });

  it('before any agenda, sees nobody seated and no wish that could be granted', () => {
    // Two slots, four people, no group: eight (slot, person) pairs without a seat.
    expect(assignmentQualityOf(given(...planning).state)).toStrictEqual({ placedShare: 1, topChoiceShare: 0, unassigned: 8, emptyGroups: 0, fullGroups: 0 });
  });
});

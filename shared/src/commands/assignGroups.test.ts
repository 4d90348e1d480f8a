import { describe, expect, it } from 'vitest';
import type { SessionState } from '../model/session.ts';
import { groupCapacity } from '../rules/agenda.ts';
import { planning, running, scheduled } from '../testing/agendaStory.ts';
import { ev, participant, PROJECTOR } from '../testing/fixtures.ts';
import { given } from '../testing/scenario.ts';

const assign = { type: 'assignGroups' as const };

/** Headcounts are the member counts, and no group holds more people than its space. */
function expectSeatsKept(state: SessionState) {
  const counted: Record<string, Record<string, number>> = {};
  for (const [slotId, bySlot] of Object.entries(state.breakouts.members)) {
    for (const topicId of Object.values(bySlot)) {
      const inSlot = (counted[slotId] ??= {});
      inSlot[topicId] = (inSlot[topicId] ?? 0) + 1;
    }
  }
  expect(state.breakouts.headcounts).toStrictEqual(counted);
  for (const [slotId, bySlot] of Object.entries(counted)) {
    for (const [topicId, n] of Object.entries(bySlot)) expect(n).toBeLessThanOrEqual(groupCapacity(state, slotId, topicId));
  }
}

describe('assignGroups', () => {
  it('seats everyone in one group per slot: conveners in their own, then by dots', () => {
    // sl1: p1 convenes t1 and p3 voted it; p2 convenes t2; paper1 voted nothing there and takes the seat left.
    const { state } = given(...scheduled)
      .when(assign)
      .then(ev.assigned({ sl1: { p1: 't1', p2: 't2', p3: 't1', paper1: 't2' }, sl2: { p1: 'tp', p2: 't3', p3: 't3', paper1: 'tp' } }));
    expect(state.breakouts.headcounts).toStrictEqual({ sl1: { t1: 2, t2: 2 }, sl2: { t3: 2, tp: 2 } });
    expectSeatsKept(state);
  });

  it('never seats more people than a space holds: when seats run out, some stay without a group', () => {
    // Seven people, five seats a slot; p4-p6 all want t1, which Iroise seats three of.
    const crowd = [...running, ev.joined('p4'), ev.joined('p5'), ev.joined('p6'), ev.dot('p4', 't1'), ev.dot('p5', 't1'), ev.dot('p6', 't1')];
    const { state } = given(...crowd)
      .when(assign)
      .then(
        ev.assigned({
          sl1: { p1: 't1', p2: 't2', p3: 't1', p4: 't1', paper1: 't2' },
          sl2: { p2: 't3', p3: 't3', p5: 't3', p6: 'tp', paper1: 'tp' },
        }),
      );
    expect(state.breakouts.headcounts).toStrictEqual({ sl1: { t1: 3, t2: 2 }, sl2: { t3: 3, tp: 2 } });
    expectSeatsKept(state);
  });

  it('replaces every group, including those people chose by themselves', () => {
    const { state } = given(...running, ev.groupJoined('p1', 'sl1', 't2'), ev.groupJoined('p2', 'sl1', 't2'))
      .when(assign)
      .then(ev.assigned({ sl1: { p1: 't1', p2: 't2', p3: 't1', paper1: 't2' }, sl2: { p1: 'tp', p2: 't3', p3: 't3', paper1: 'tp' } }));
    expect(state.breakouts.members.sl1).toStrictEqual({ p1: 't1', p2: 't2', p3: 't1', paper1: 't2' });
    expectSeatsKept(state);
  });

  it('lists a slot without a topic with nobody in it', () => {
    given(...planning, ev.topicMoved('t1', { slotId: 'sl1', spaceId: 'sp1' }))
      .when(assign)
      .then(ev.assigned({ sl1: { p1: 't1', p2: 't1', p3: 't1' }, sl2: {} }));
  });

  it('refuses with CONFLICT in free mode, where people choose their groups', () => {
    given(...scheduled, ev.groupMode('free')).when(assign).thenError('CONFLICT');
  });

  it('refuses with CONFLICT before any topic is scheduled', () => {
    given(...planning).when(assign).thenError('CONFLICT');
  });

  it.each([
    ['a participant', participant('p1')],
    ['the projector', PROJECTOR],
  ])('is FORBIDDEN to %s', (_, actor) => {
    given(...scheduled).when(assign, actor).thenError('FORBIDDEN');
  });
});

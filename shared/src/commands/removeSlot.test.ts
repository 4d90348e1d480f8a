import { describe, expect, it } from 'vitest';
import { unscheduledTopicIds } from '../rules/agenda.ts';
import { planning, running } from '../testing/agendaStory.ts';
import { ev, NOW, participant, PROJECTOR } from '../testing/fixtures.ts';
import { given } from '../testing/scenario.ts';

const remove = (slotId: string) => ({ type: 'removeSlot' as const, slotId });
const seated = [...running, ev.locked('t1'), ev.assigned({ sl1: { p1: 't1', p2: 't2' }, sl2: { p3: 't3', p1: 'tp' } })];

describe('removeSlot', () => {
  it('removes a slot', () => {
    const { state } = given(...planning).when(remove('sl1')).then(ev.slotRemoved('sl1'));
    expect(Object.keys(state.slots)).toStrictEqual(['sl2']);
  });

  it('unschedules its topics, drops their locks and dissolves its groups', () => {
    const { state } = given(...seated).when(remove('sl1')).then(ev.slotRemoved('sl1'));
    expect(unscheduledTopicIds(state)).toStrictEqual(['t1', 't2']);
    expect(state.agenda.locked).toStrictEqual([]);
    expect(state.breakouts.members).toStrictEqual({ sl2: { p3: 't3', p1: 'tp' } });
    expect(state.breakouts.headcounts).toStrictEqual({ sl2: { t3: 1, tp: 1 } });
  });

  it('stops being the current slot, and stops its timer', () => {
    const { state } = given(...seated, ev.timerStarted(NOW + 1000, 'sl1')).when(remove('sl1')).then(ev.slotRemoved('sl1'));
    expect(state.breakouts.currentSlotId).toBeNull();
    expect(state.breakouts.timer).toBeNull();
  });

  it('leaves the current slot and the timer of another slot alone', () => {
    const { state } = given(...seated, ev.timerStarted(NOW + 1000, 'sl1')).when(remove('sl2')).then(ev.slotRemoved('sl2'));
    expect(state.breakouts.currentSlotId).toBe('sl1');
    expect(state.breakouts.timer).toStrictEqual({ endsAt: NOW + 1000, slotId: 'sl1' });
  });

  it('refuses with NOT_FOUND an unknown slot', () => {
    given(...planning).when(remove('ghost')).thenError('NOT_FOUND');
  });

  it.each([
    ['a participant', participant('p1')],
    ['the projector', PROJECTOR],
  ])('is FORBIDDEN to %s', (_, actor) => {
    given(...planning).when(remove('sl1'), actor).thenError('FORBIDDEN');
  });
});

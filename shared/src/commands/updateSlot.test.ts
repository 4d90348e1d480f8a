import { describe, expect, it } from 'vitest';
import { orderedSlots } from '../rules/agenda.ts';
import { running, scheduled } from '../testing/agendaStory.ts';
import { ev, participant, PROJECTOR } from '../testing/fixtures.ts';
import { given } from '../testing/scenario.ts';
import { UpdateSlotSchema } from './updateSlot.schema.ts';

/** scheduled has sl1 09:00-10:00 and sl2 10:00-11:00. */
const update = (slotId: string, start: string, end: string) => ({ type: 'updateSlot' as const, slotId, times: { start, end } });

describe('updateSlot', () => {
  it('changes the times of a slot, which reorders the slots', () => {
    const { state } = given(...scheduled)
      .when(update('sl1', '11:00', '12:30'))
      .then(ev.slotUpdated('sl1', '11:00', '12:30'));
    expect(orderedSlots(state).map((s) => s.id)).toStrictEqual(['sl2', 'sl1']);
  });

  it('does not count a slot as overlapping itself', () => {
    given(...scheduled).when(update('sl1', '09:15', '09:50')).then(ev.slotUpdated('sl1', '09:15', '09:50'));
  });

  it('keeps the topics and the groups of the slot', () => {
    const { state } = given(...running, ev.groupJoined('p3', 'sl1', 't1'))
      .when(update('sl1', '08:30', '09:45'))
      .then(ev.slotUpdated('sl1', '08:30', '09:45'));
    expect(state.agenda.placements.t1).toStrictEqual({ slotId: 'sl1', spaceId: 'sp1' });
    expect(state.breakouts.headcounts).toStrictEqual({ sl1: { t1: 1 } });
    expect(state.breakouts.currentSlotId).toBe('sl1');
  });

  it('refuses with CONFLICT times that overlap another slot', () => {
    given(...scheduled).when(update('sl1', '09:00', '10:01')).thenError('CONFLICT');
  });

  it('refuses with NOT_FOUND an unknown slot', () => {
    given(...scheduled).when(update('ghost', '14:00', '15:00')).thenError('NOT_FOUND');
  });

  it.each([
    ['a participant', participant('p1')],
    ['the projector', PROJECTOR],
  ])('is FORBIDDEN to %s', (_, actor) => {
    given(...scheduled).when(update('sl1', '09:00', '09:30'), actor).thenError('FORBIDDEN');
  });

  it('refuses a slot that ends before it starts (VALIDATION at the edge)', () => {
    expect(UpdateSlotSchema.safeParse(update('sl1', '10:00', '09:00')).success).toBe(false);
  });
});

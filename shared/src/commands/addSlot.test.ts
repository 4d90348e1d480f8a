import { describe, expect, it } from 'vitest';
import { SLOTS_MAX } from '../model/agenda.ts';
import { orderedSlots } from '../rules/agenda.ts';
import { planning } from '../testing/agendaStory.ts';
import { ev, participant, PROJECTOR } from '../testing/fixtures.ts';
import { given } from '../testing/scenario.ts';
import { AddSlotSchema } from './addSlot.schema.ts';

/** planning has sl1 09:00-10:00 and sl2 10:00-11:00. */
const add = (start: string, end: string) => ({ type: 'addSlot' as const, times: { start, end } });

describe('addSlot', () => {
  it('adds a slot with a new id, ordered by its start time', () => {
    const { state } = given(...planning)
      .when(add('08:00', '09:00'))
      .then(ev.slotAdded('sl_new1', '08:00', '09:00'));
    expect(orderedSlots(state).map((s) => s.id)).toStrictEqual(['sl_new1', 'sl1', 'sl2']);
  });

  it.each([
    ['right after the last one', '11:00', '12:00'],
    ['in the afternoon', '14:00', '15:30'],
    ['just before the first one', '07:30', '09:00'],
  ])('accepts a slot %s (slots may touch)', (_, start, end) => {
    given(...planning).when(add(start, end)).then(ev.slotAdded('sl_new1', start, end));
  });

  it.each([
    ['straddles two slots', '09:30', '10:30'],
    ['covers a slot', '08:00', '12:00'],
    ['sits inside a slot', '09:15', '09:45'],
    ['is the same as a slot', '09:00', '10:00'],
    ['starts before a slot ends', '10:59', '12:00'],
  ])('refuses with CONFLICT a slot that %s', (_, start, end) => {
    given(...planning).when(add(start, end)).thenError('CONFLICT');
  });

  it(`refuses with CONFLICT a slot beyond the ${SLOTS_MAX}th`, () => {
    const day = Array.from({ length: SLOTS_MAX }, (_, i) => ev.slotAdded(`s${i}`, `${String(8 + i).padStart(2, '0')}:00`, `${String(8 + i).padStart(2, '0')}:30`));
    given(...day).when(add('21:00', '22:00')).thenError('CONFLICT');
    given(...day.slice(1)).when(add('21:00', '22:00')).then(ev.slotAdded('sl_new1', '21:00', '22:00'));
  });

  it.each([
    ['a participant', participant('p1')],
    ['the projector', PROJECTOR],
  ])('is FORBIDDEN to %s', (_, actor) => {
    given(...planning).when(add('14:00', '15:00'), actor).thenError('FORBIDDEN');
  });

  it.each([
    ['ends before it starts', '11:00', '10:00'],
    ['ends when it starts', '11:00', '11:00'],
    ['has no leading zero', '9:00', '10:00'],
    ['is past midnight', '23:00', '24:00'],
    ['has no minutes', '14', '15'],
  ])('refuses a slot that %s (VALIDATION at the edge)', (_, start, end) => {
    expect(AddSlotSchema.safeParse(add(start, end)).success).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { published, running } from '../testing/agendaStory.ts';
import { ev, participant, PROJECTOR } from '../testing/fixtures.ts';
import { given } from '../testing/scenario.ts';

const setCurrent = (slotId: string | null) => ({ type: 'setCurrentSlot' as const, slotId });

describe('setCurrentSlot', () => {
  it('names the slot under way', () => {
    const { state } = given(...published).when(setCurrent('sl1')).then(ev.currentSlot('sl1'));
    expect(state.breakouts.currentSlotId).toBe('sl1');
  });

  it('moves on to the next slot, keeping the groups of the last one', () => {
    const { state } = given(...running, ev.groupJoined('p1', 'sl1', 't1')).when(setCurrent('sl2')).then(ev.currentSlot('sl2'));
    expect(state.breakouts.members).toStrictEqual({ sl1: { p1: 't1' } });
  });

  it('clears it between slots', () => {
    given(...running).when(setCurrent(null)).then(ev.currentSlot(null));
  });

  it('refuses with NOT_FOUND an unknown slot', () => {
    given(...running).when(setCurrent('ghost')).thenError('NOT_FOUND');
  });

  it('refuses with CONFLICT the slot already under way', () => {
    given(...running).when(setCurrent('sl1')).thenError('CONFLICT');
    given(...published).when(setCurrent(null)).thenError('CONFLICT');
  });

  it.each([
    ['a participant', participant('p1')],
    ['the projector', PROJECTOR],
  ])('is FORBIDDEN to %s', (_, actor) => {
    given(...running).when(setCurrent('sl2'), actor).thenError('FORBIDDEN');
  });
});

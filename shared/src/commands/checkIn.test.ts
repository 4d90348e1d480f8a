import { describe, expect, it } from 'vitest';
import { published, running } from '../testing/agendaStory.ts';
import { ev, FACILITATOR, participant, PROJECTOR } from '../testing/fixtures.ts';
import { given } from '../testing/scenario.ts';

/** running: sl1 is under way, t1 meets in Iroise (sp1, 3 seats) and t2 in Molène (sp2, 2 seats). */
const checkIn = (spaceId: string) => ({ type: 'checkIn' as const, spaceId });
const p1 = participant('p1');

describe('checkIn', () => {
  it('seats whoever scans a door’s code in the group meeting there in the current slot', () => {
    const { state } = given(...running)
      .when(checkIn('sp2'), p1)
      .then(ev.groupJoined('p1', 'sl1', 't2', null, 'checkin'));
    expect(state.breakouts.members).toStrictEqual({ sl1: { p1: 't2' } });
  });

  it('moves them from the group they sat in', () => {
    given(...running, ev.assigned({ sl1: { p1: 't1' } }))
      .when(checkIn('sp2'), p1)
      .then(ev.groupJoined('p1', 'sl1', 't2', 't1', 'checkin'));
  });

  it('follows the current slot', () => {
    given(...running, ev.currentSlot('sl2'))
      .when(checkIn('sp2'), p1)
      .then(ev.groupJoined('p1', 'sl2', 'tp', null, 'checkin'));
  });

  it('works in assigned and in free mode alike', () => {
    given(...running, ev.groupMode('free')).when(checkIn('sp1'), p1).then(ev.groupJoined('p1', 'sl1', 't1', null, 'checkin'));
  });

  it.each([
    ['no slot is under way', [...running, ev.currentSlot(null)]],
    ['the agenda was taken back', [...running, ev.published(false)]],
    ['the breakouts have not begun, even in free mode', [...published, ev.groupMode('free'), ev.currentSlot('sl1')]],
    ['the breakouts are over', [...running, ev.phase('closing')]],
  ])('refuses with WRONG_PHASE when %s', (_, story) => {
    given(...story).when(checkIn('sp1'), p1).thenError('WRONG_PHASE');
  });

  it('refuses with NOT_FOUND an unknown space', () => {
    given(...running).when(checkIn('ghost'), p1).thenError('NOT_FOUND');
  });

  it('refuses with NOT_FOUND a space where no group meets now', () => {
    given(...running, ev.spaceAdded('sp3', 'Ouessant', 9)).when(checkIn('sp3'), p1).thenError('NOT_FOUND');
  });

  it('refuses with NOT_FOUND someone who never joined the session', () => {
    given(...running).when(checkIn('sp1'), participant('p9')).thenError('NOT_FOUND');
  });

  it('refuses with CONFLICT a full space', () => {
    given(...running, ev.groupJoined('p2', 'sl1', 't2'), ev.groupJoined('p3', 'sl1', 't2')).when(checkIn('sp2'), p1).thenError('CONFLICT');
  });

  it('refuses with CONFLICT a second scan of the same door', () => {
    given(...running, ev.groupJoined('p1', 'sl1', 't2')).when(checkIn('sp2'), p1).thenError('CONFLICT');
  });

  it.each([
    ['the facilitator', FACILITATOR],
    ['the projector', PROJECTOR],
  ])('is FORBIDDEN to %s', (_, actor) => {
    given(...running).when(checkIn('sp1'), actor).thenError('FORBIDDEN');
  });
});

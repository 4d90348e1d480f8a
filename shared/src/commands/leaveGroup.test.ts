import { describe, expect, it } from 'vitest';
import { published, running, scheduled } from '../testing/agendaStory.ts';
import { ev, FACILITATOR, participant, PROJECTOR } from '../testing/fixtures.ts';
import { given } from '../testing/scenario.ts';

const leave = (slotId: string) => ({ type: 'leaveGroup' as const, slotId });
const p1 = participant('p1');
const seated = [...running, ev.assigned({ sl1: { p1: 't1', p2: 't1' }, sl2: { p1: 't3' } })];

describe('leaveGroup', () => {
  it('takes a participant out of their group of a slot', () => {
    const { state } = given(...seated).when(leave('sl1'), p1).then(ev.groupLeft('p1', 'sl1', 't1'));
    expect(state.breakouts.members).toStrictEqual({ sl1: { p2: 't1' }, sl2: { p1: 't3' } });
    expect(state.breakouts.headcounts).toStrictEqual({ sl1: { t1: 1 }, sl2: { t3: 1 } });
  });

  it('leaves no empty entry behind when the last person goes', () => {
    const { state } = given(...seated).when(leave('sl2'), p1).then(ev.groupLeft('p1', 'sl2', 't3'));
    expect(state.breakouts.members).toStrictEqual({ sl1: { p1: 't1', p2: 't1' } });
    expect(state.breakouts.headcounts).toStrictEqual({ sl1: { t1: 2 } });
  });

  it('lets someone who chose a group in free mode change their mind before the breakouts', () => {
    given(...published, ev.groupMode('free'), ev.groupJoined('p1', 'sl1', 't1')).when(leave('sl1'), p1).then(ev.groupLeft('p1', 'sl1', 't1'));
  });

  it('refuses with NOT_FOUND when they sit in no group of that slot', () => {
    given(...seated).when(leave('sl1'), participant('p3')).thenError('NOT_FOUND');
    given(...seated).when(leave('ghost'), p1).thenError('NOT_FOUND');
  });

  it('refuses with NOT_FOUND someone who never joined the session', () => {
    given(...seated).when(leave('sl1'), participant('p9')).thenError('NOT_FOUND');
  });

  it.each([
    ['the agenda is not published', [...scheduled, ev.assigned({ sl1: { p1: 't1' } }), ev.phase('breakouts')]],
    ['assigned groups before the breakouts', [...published, ev.assigned({ sl1: { p1: 't1' } })]],
    ['the breakouts are over', [...seated, ev.phase('closing')]],
    ['free mode, once the breakouts are over', [...seated, ev.groupMode('free'), ev.phase('closing')]],
  ])('refuses with WRONG_PHASE when %s', (_, story) => {
    given(...story).when(leave('sl1'), p1).thenError('WRONG_PHASE');
  });

  it.each([
    ['the facilitator (who moves people with moveParticipant)', FACILITATOR],
    ['the projector', PROJECTOR],
  ])('is FORBIDDEN to %s', (_, actor) => {
    given(...seated).when(leave('sl1'), actor).thenError('FORBIDDEN');
  });
});

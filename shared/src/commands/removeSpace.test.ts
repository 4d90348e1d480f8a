import { describe, expect, it } from 'vitest';
import { unscheduledTopicIds } from '../rules/agenda.ts';
import { planning, running } from '../testing/agendaStory.ts';
import { ev, participant, PROJECTOR } from '../testing/fixtures.ts';
import { given } from '../testing/scenario.ts';

const remove = (spaceId: string) => ({ type: 'removeSpace' as const, spaceId });

describe('removeSpace', () => {
  it('removes a space', () => {
    const { state } = given(...planning).when(remove('sp2')).then(ev.spaceRemoved('sp2'));
    expect(Object.keys(state.spaces)).toStrictEqual(['sp1']);
  });

  it('sends the topics that met there back to the unscheduled list and dissolves their groups', () => {
    const { state } = given(...running, ev.locked('t2'), ev.assigned({ sl1: { p1: 't1', p2: 't2' }, sl2: { p3: 't3', paper1: 'tp' } }))
      .when(remove('sp2'))
      .then(ev.spaceRemoved('sp2'));
    expect(state.agenda.placements).toStrictEqual({ t1: { slotId: 'sl1', spaceId: 'sp1' }, t3: { slotId: 'sl2', spaceId: 'sp1' } });
    expect(unscheduledTopicIds(state)).toStrictEqual(['t2', 'tp']);
    expect(state.agenda.locked).toStrictEqual([]);
    expect(state.breakouts.members).toStrictEqual({ sl1: { p1: 't1' }, sl2: { p3: 't3' } });
    expect(state.breakouts.headcounts).toStrictEqual({ sl1: { t1: 1 }, sl2: { t3: 1 } });
  });

  it('refuses with NOT_FOUND an unknown space', () => {
    given(...planning).when(remove('ghost')).thenError('NOT_FOUND');
  });

  it.each([
    ['a participant', participant('p1')],
    ['the projector', PROJECTOR],
  ])('is FORBIDDEN to %s', (_, actor) => {
    given(...planning).when(remove('sp1'), actor).thenError('FORBIDDEN');
  });
});

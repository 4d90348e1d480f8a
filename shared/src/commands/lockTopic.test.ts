import { describe, expect, it } from 'vitest';
import { planning, scheduled } from '../testing/agendaStory.ts';
import { ev, participant, PROJECTOR } from '../testing/fixtures.ts';
import { given } from '../testing/scenario.ts';

const lock = (topicId: string, locked = true) => ({ type: 'lockTopic' as const, topicId, locked });

describe('lockTopic', () => {
  it('locks a scheduled topic in its cell', () => {
    const { state } = given(...scheduled).when(lock('t1')).then(ev.locked('t1'));
    expect(state.agenda.locked).toStrictEqual(['t1']);
  });

  it('unlocks it again', () => {
    const { state } = given(...scheduled, ev.locked('t1'), ev.locked('t2')).when(lock('t1', false)).then(ev.locked('t1', false));
    expect(state.agenda.locked).toStrictEqual(['t2']);
  });

  it.each([
    ['an unscheduled topic', [...planning], 't1'],
    ['an unknown topic', [...scheduled], 'ghost'],
    ['a topic hidden since it was scheduled', [...scheduled, ev.hidden('t1')], 't1'],
  ])('refuses with NOT_FOUND to lock %s: only a scheduled topic has a cell to keep', (_, story, topicId) => {
    given(...story).when(lock(topicId)).thenError('NOT_FOUND');
  });

  it('refuses with CONFLICT to lock a locked topic, or unlock an unlocked one', () => {
    given(...scheduled, ev.locked('t1')).when(lock('t1')).thenError('CONFLICT');
    given(...scheduled).when(lock('t1', false)).thenError('CONFLICT');
  });

  it.each([
    ['a participant', participant('p1')],
    ['the projector', PROJECTOR],
  ])('is FORBIDDEN to %s', (_, actor) => {
    given(...scheduled).when(lock('t1'), actor).thenError('FORBIDDEN');
  });
});

import { describe, expect, it } from 'vitest';
import { planning, published, scheduled } from '../testing/agendaStory.ts';
import { ev, participant, PROJECTOR } from '../testing/fixtures.ts';
import { given } from '../testing/scenario.ts';

const publish = (value = true) => ({ type: 'publishAgenda' as const, published: value });

describe('publishAgenda', () => {
  it('publishes an agenda with at least one scheduled topic', () => {
    const { state } = given(...planning, ev.topicMoved('t1', { slotId: 'sl1', spaceId: 'sp1' })).when(publish()).then(ev.published());
    expect(state.agenda.published).toBe(true);
  });

  it('takes a published agenda back', () => {
    const { state } = given(...published).when(publish(false)).then(ev.published(false));
    expect(state.agenda.published).toBe(false);
    expect(state.agenda.placements).toStrictEqual(given(...published).state.agenda.placements);
  });

  it('refuses with CONFLICT to publish an empty agenda', () => {
    given(...planning).when(publish()).thenError('CONFLICT');
    given(...scheduled, ev.spaceRemoved('sp1'), ev.spaceRemoved('sp2')).when(publish()).thenError('CONFLICT');
  });

  it('refuses with CONFLICT to publish twice, or take back an agenda that is not out', () => {
    given(...published).when(publish()).thenError('CONFLICT');
    given(...scheduled).when(publish(false)).thenError('CONFLICT');
  });

  it.each([
    ['a participant', participant('p1')],
    ['the projector', PROJECTOR],
  ])('is FORBIDDEN to %s', (_, actor) => {
    given(...scheduled).when(publish(), actor).thenError('FORBIDDEN');
  });
});

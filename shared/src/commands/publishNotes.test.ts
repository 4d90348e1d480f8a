import { describe, expect, it } from 'vitest';
import { running } from '../testing/agendaStory.ts';
import { ev, participant, PROJECTOR } from '../testing/fixtures.ts';
import { given } from '../testing/scenario.ts';

const publish = (value = true) => ({ type: 'publishNotes' as const, published: value });

describe('publishNotes', () => {
  it('opens every group notes to everyone', () => {
    const { state } = given(...running).when(publish()).then(ev.notesPublished());
    expect(state.notesPublished).toBe(true);
  });

  it('makes them private to their groups again', () => {
    const { state } = given(...running, ev.notesPublished()).when(publish(false)).then(ev.notesPublished(false));
    expect(state.notesPublished).toBe(false);
  });

  it('is allowed in any phase, even before the agenda', () => {
    given().when(publish()).then(ev.notesPublished());
  });

  it('refuses with CONFLICT to publish twice, or close notes that are not open', () => {
    given(...running, ev.notesPublished()).when(publish()).thenError('CONFLICT');
    given(...running).when(publish(false)).thenError('CONFLICT');
  });

  it.each([
    ['a participant, even a convener', participant('p1')],
    ['the projector', PROJECTOR],
  ])('is FORBIDDEN to %s', (_, actor) => {
    given(...running).when(publish(), actor).thenError('FORBIDDEN');
  });
});

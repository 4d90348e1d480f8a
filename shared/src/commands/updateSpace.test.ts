import { describe, expect, it } from 'vitest';
import { running, scheduled } from '../testing/agendaStory.ts';
import { ev, participant, PROJECTOR } from '../testing/fixtures.ts';
import { given } from '../testing/scenario.ts';
import { UpdateSpaceSchema } from './updateSpace.schema.ts';

const iroise = { id: 'sp1', name: 'Iroise', capacity: 3, language: '', interpreter: false };
const update = (space: Partial<typeof iroise> = {}) => ({ type: 'updateSpace' as const, space: { ...iroise, ...space } });
/** sl1: p1, p3 and paper1 in t1 (Iroise); sl2: p3 alone in t3 (Iroise). */
const seated = [...running, ev.assigned({ sl1: { p1: 't1', p3: 't1', paper1: 't1', p2: 't2' }, sl2: { p3: 't3' } })];

describe('updateSpace', () => {
  it('renames, resizes and describes a space', () => {
    const space = { ...iroise, name: 'Grande salle Iroise', capacity: 40, language: 'Français', interpreter: true };
    const { state } = given(...scheduled).when(update(space)).then({ type: 'SpaceUpdated', space });
    expect(state.spaces.sp1).toStrictEqual(space);
    expect(state.agenda.placements.t1).toStrictEqual({ slotId: 'sl1', spaceId: 'sp1' });
  });

  it('lets a space change the case of its own name', () => {
    given(...scheduled).when(update({ name: 'IROISE' })).then({ type: 'SpaceUpdated', space: { ...iroise, name: 'IROISE' } });
  });

  it('refuses with CONFLICT the name of another space, whatever its case', () => {
    given(...scheduled).when(update({ name: 'molène' })).thenError('CONFLICT');
  });

  it('refuses with NOT_FOUND an unknown space', () => {
    given(...scheduled).when(update({ id: 'ghost' })).thenError('NOT_FOUND');
  });

  it('refuses with CONFLICT to shrink a space below the people already in one of its groups', () => {
    given(...seated).when(update({ capacity: 2 })).thenError('CONFLICT');
  });

  it('shrinks a space down to its fullest group', () => {
    given(...seated).when(update({ capacity: 3 })).then({ type: 'SpaceUpdated', space: { ...iroise, capacity: 3 } });
    given(...seated).when(update({ id: 'sp2', name: 'Molène', capacity: 1 })).then({
      type: 'SpaceUpdated',
      space: { ...iroise, id: 'sp2', name: 'Molène', capacity: 1 },
    });
  });

  it.each([
    ['a participant', participant('p1')],
    ['the projector', PROJECTOR],
  ])('is FORBIDDEN to %s', (_, actor) => {
    given(...scheduled).when(update({ capacity: 9 }), actor).thenError('FORBIDDEN');
  });

  it('refuses a space without seats (VALIDATION at the edge)', () => {
    expect(UpdateSpaceSchema.safeParse(update({ capacity: 0 })).success).toBe(false);
  });
});

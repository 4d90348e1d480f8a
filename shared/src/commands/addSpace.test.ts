import { describe, expect, it } from 'vitest';
import { SPACE_CAPACITY_MAX, SPACE_NAME_MAX, SPACES_MAX } from '../model/agenda.ts';
import { planning } from '../testing/agendaStory.ts';
import { ev, participant, PROJECTOR } from '../testing/fixtures.ts';
import { given } from '../testing/scenario.ts';
import { AddSpaceSchema } from './addSpace.schema.ts';

const ouessant = { name: 'Ouessant', capacity: 30, language: 'Français + arabe', interpreter: true };
const add = (space: Partial<typeof ouessant> = {}) => ({ type: 'addSpace' as const, space: { ...ouessant, ...space } });

describe('addSpace', () => {
  it('adds a space with a new id', () => {
    const { state } = given(...planning)
      .when(add())
      .then({ type: 'SpaceAdded', space: { id: 'sp_new1', ...ouessant } });
    expect(state.spaces.sp_new1).toStrictEqual({ id: 'sp_new1', ...ouessant });
    expect(Object.keys(state.spaces)).toHaveLength(3);
  });

  it('adds the first space of a session', () => {
    given().when(add()).then({ type: 'SpaceAdded', space: { id: 'sp_new1', ...ouessant } });
  });

  it.each([['Iroise'], ['iroise'], ['MOLÈNE']])('refuses with CONFLICT a name already used, whatever its case: %s', (name) => {
    given(...planning).when(add({ name })).thenError('CONFLICT');
  });

  it('refuses with CONFLICT a name that differs only by surrounding spaces, once the edge has trimmed it', () => {
    const command = AddSpaceSchema.parse(add({ name: '  Iroise ' }));
    given(...planning).when(command).thenError('CONFLICT');
  });

  it(`refuses with CONFLICT a space beyond the ${SPACES_MAX}th`, () => {
    const full = Array.from({ length: SPACES_MAX }, (_, i) => ev.spaceAdded(`sp${i}`, `Salle ${i}`, 10));
    given(...full).when(add()).thenError('CONFLICT');
    given(...full.slice(1)).when(add()).then({ type: 'SpaceAdded', space: { id: 'sp_new1', ...ouessant } });
  });

  it.each([
    ['a participant', participant('p1')],
    ['the projector', PROJECTOR],
  ])('is FORBIDDEN to %s', (_, actor) => {
    given(...planning).when(add(), actor).thenError('FORBIDDEN');
  });

  it.each([
    ['an empty name', { name: '   ' }],
    ['a name too long', { name: 'x'.repeat(SPACE_NAME_MAX + 1) }],
    ['no seat', { capacity: 0 }],
    ['a fractional capacity', { capacity: 2.5 }],
    ['too many seats', { capacity: SPACE_CAPACITY_MAX + 1 }],
  ])('refuses %s (VALIDATION at the edge)', (_, space) => {
    expect(AddSpaceSchema.safeParse(add(space)).success).toBe(false);
  });

  it('ignores an id sent by the client: the server names spaces', () => {
    const parsed = AddSpaceSchema.parse({ ...add(), space: { ...ouessant, id: 'sp1' } });
    expect(parsed.space).toStrictEqual(ouessant);
  });
});

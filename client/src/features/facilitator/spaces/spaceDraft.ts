import { SpaceSchema, type Space } from '@forum-ouvert/shared';

/** What the space form holds: text as typed, checked against the shared schema on submit. */
export interface SpaceDraft {
  name: string;
  capacity: string;
  language: string;
  interpreter: boolean;
}

export type SpaceFields = Omit<Space, 'id'>;
export type SpaceProblem = 'name' | 'capacity' | 'language';

export const EMPTY_SPACE_DRAFT: SpaceDraft = { name: '', capacity: '', language: '', interpreter: false };

export function spaceDraftOf(space: Space): SpaceDraft {
  return { name: space.name, capacity: String(space.capacity), language: space.language, interpreter: space.interpreter };
}

const NewSpaceSchema = SpaceSchema.omit({ id: true });

/** The space to send, or the first field the server's schema would refuse. */
export function checkSpaceDraft(draft: SpaceDraft): { ok: true; space: SpaceFields } | { ok: false; problem: SpaceProblem } {
  const capacity = draft.capacity.trim() === '' ? Number.NaN : Number(draft.capacity);
  const parsed = NewSpaceSchema.safeParse({ ...draft, capacity });
  if (parsed.success) return { ok: true, space: parsed.data };
  const field = parsed.error.issues[0]?.path[0];
  return { ok: false, problem: field === 'capacity' || field === 'language' ? field : 'name' };
}

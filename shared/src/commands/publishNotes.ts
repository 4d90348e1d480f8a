import type { z } from 'zod';
import { fail } from '../protocol/errors.ts';
import { accept, type Decide } from './decision.ts';
import type { PublishNotesSchema } from './publishNotes.schema.ts';

/** Opens every group's notes to everyone (the "newspaper"), or makes them private to their groups again. */
export type PublishNotes = z.infer<typeof PublishNotesSchema>;

export const decidePublishNotes: Decide<PublishNotes> = (state, command) => {
  if (state.notesPublished === command.published) return fail('CONFLICT', 'Already in that state');
  return accept({ type: 'NotesPublished', published: command.published });
};

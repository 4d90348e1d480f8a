import { z } from 'zod';
import { IdSchema } from './ids.schema.ts';
import { NOTE_SECTIONS } from './notes.ts';

export const NoteSectionSchema = z.enum(NOTE_SECTIONS);

/** A group is a topic meeting in a slot. */
export const GroupKeySchema = z.object({ slotId: IdSchema, topicId: IdSchema });

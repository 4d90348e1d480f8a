import type { z } from 'zod';
import type { GroupKeySchema } from './notes.schema.ts';

/**
 * The notes template of a group (a topic in a slot). Each section is one shared text (a Y.Text of
 * the group's Y.Doc, named after the section), so several people can write at once.
 */
export const NOTE_SECTIONS = ['discussed', 'keyPoints', 'proposals', 'nextSteps', 'resources'] as const;
export type NoteSection = (typeof NOTE_SECTIONS)[number];

/** Most a group's notes may weigh, encoded: generous for an hour of typing, small for a phone. */
export const NOTES_MAX_BYTES = 100 * 1024;

/** Minutes before a slot ends when each group is reminded to write down its proposals. */
export const NOTES_REMINDER_MINUTES = 10;

/** A group is a topic meeting in a slot. */
export type GroupKey = z.infer<typeof GroupKeySchema>;

export function groupKeyString(key: GroupKey): string {
  return `${key.slotId}:${key.topicId}`;
}

/** A group's notes as plain text, for the proceedings and the convergence vote. */
export interface GroupNotes extends GroupKey {
  sections: Record<NoteSection, string>;
}

/** Proposals are written one per line in the "proposals" section; blank lines and bullets are ignored. */
export function proposalsOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/^\s*([-*•]|\d+[.)])\s*/, '').trim())
    .filter((line) => line.length > 0);
}

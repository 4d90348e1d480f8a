import { NotesCursorSchema, type Actor, type NotesPresence, type SessionState } from '@forum-ouvert/shared';
import { modifyAwarenessUpdate } from 'y-protocols/awareness';

/**
 * Rewrites every state of an awareness update with the sender's identity as the server knows
 * it, keeping only the caret's section. Answers null for an update that does not parse.
 */
export function stampAwareness(update: Uint8Array, actor: Actor, state: SessionState): Uint8Array | null {
  const name = actor.role === 'participant' ? (state.participants[actor.participantId]?.pseudonym ?? null) : null;
  try {
    return modifyAwarenessUpdate(update, (claimed: unknown): NotesPresence | null => {
      if (claimed === null) return null;
      const cursor = NotesCursorSchema.safeParse(claimed);
      return { name, role: actor.role, section: cursor.success ? cursor.data.section : null };
    });
  } catch {
    return null;
  }
}

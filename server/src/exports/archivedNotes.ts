import { NOTES_MAX_BYTES } from '@forum-ouvert/shared';
import * as Y from 'yjs';
import { GroupDoc } from '../notes/groupDoc.ts';
import type { ImportedNotes } from '../store/eventStore.ts';
import type { NotesStore } from '../store/notesStore.ts';

/** Each group's notes of a session as one Yjs update, base64, keyed `<slotId>:<topicId>`. */
export function archivedNotesOf(store: NotesStore, sessionId: string): Record<string, string> {
  const notes: Record<string, string> = {};
  for (const groupKey of store.groupKeysOf(sessionId)) {
    const group = new GroupDoc(store.updatesOf(sessionId, groupKey));
    notes[groupKey] = Buffer.from(group.state()).toString('base64');
    group.doc.destroy();
  }
  return notes;
}

/**
 * The notes of an archive as updates to write, or null when one is not a Yjs update or weighs
 * more than a group's notes may. The shape (keys, base64, length) was checked by ArchiveSchema.
 */
export function importableNotes(notes: Record<string, string>): ImportedNotes[] | null {
  const decoded: ImportedNotes[] = [];
  for (const [groupKey, base64] of Object.entries(notes)) {
    const update = new Uint8Array(Buffer.from(base64, 'base64'));
    if (update.byteLength > NOTES_MAX_BYTES) return null;
    try {
      Y.decodeUpdate(update);
    } catch {
      return null;
    }
    decoded.push({ groupKey, update });
  }
  return decoded;
}

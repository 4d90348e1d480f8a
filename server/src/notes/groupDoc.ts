import { NOTE_SECTIONS, NOTES_MAX_BYTES, type NoteSection } from '@forum-ouvert/shared';
import * as Y from 'yjs';

export type Admission = 'ok' | 'invalid' | 'over-budget';

/** One group's notes in memory: a Y.Doc rebuilt from its rows, and how many rows it has on disk. */
export class GroupDoc {
  readonly doc = new Y.Doc();
  rows: number;

  /** `skipped` counts rows that could not be read (logged by the caller, never their content). */
  readonly skipped: number = 0;

  constructor(updates: readonly Uint8Array[]) {
    // The sections exist as texts before any update arrives, so a rogue update cannot make one another type.
    for (const section of NOTE_SECTIONS) this.doc.getText(section);
    let skipped = 0;
    for (const update of updates) {
      try {
        Y.applyUpdate(this.doc, update);
      } catch {
        skipped++;
      }
    }
    this.rows = updates.length;
    this.skipped = skipped;
  }

  /**
   * Whether an update may be applied: it must parse, and the notes with it must stay within
   * NOTES_MAX_BYTES (measured as the merge of the current state and the update, before applying).
   * An update that only deletes always fits: it can only make the notes smaller.
   */
  admit(update: Uint8Array): Admission {
    let merged: Uint8Array;
    try {
      if (Y.decodeUpdate(update).structs.length === 0) return 'ok';
      merged = Y.mergeUpdates([Y.encodeStateAsUpdate(this.doc), update]);
    } catch {
      return 'invalid';
    }
    return merged.byteLength > NOTES_MAX_BYTES ? 'over-budget' : 'ok';
  }

  apply(update: Uint8Array): void {
    Y.applyUpdate(this.doc, update);
    this.rows++;
  }

  /** What a client with this state vector lacks. */
  diff(stateVector: Uint8Array): Uint8Array {
    return Y.encodeStateAsUpdate(this.doc, stateVector);
  }

  stateVector(): Uint8Array {
    return Y.encodeStateVector(this.doc);
  }

  /** The whole state as one update: what compaction writes in place of the rows. */
  state(): Uint8Array {
    return Y.encodeStateAsUpdate(this.doc);
  }

  textOf(section: NoteSection): string {
    return this.doc.getText(section).toString();
  }
}

import { NOTE_SECTIONS, NOTES_MAX_BYTES, NOTES_UPDATE_MAX_BYTES } from '@forum-ouvert/shared';
import * as Y from 'yjs';

/** Room left for Yjs' own bookkeeping around an edit. */
const OVERHEAD_BYTES = 256;

export type Growth = 'ok' | 'BUDGET_EXCEEDED' | 'TOO_LONG';

/**
 * The server's budget, asked before an edit is made, so a phone rarely writes what would be
 * refused: the notes stay within NOTES_MAX_BYTES, and one edit fits in one message. Cheap while
 * the notes are small; encodes the doc only when they come near the limit.
 */
export function admitGrowth(doc: Y.Doc, bytes: number): Growth {
  if (bytes <= 0) return 'ok';
  if (bytes + OVERHEAD_BYTES > NOTES_UPDATE_MAX_BYTES) return 'TOO_LONG';
  const chars = NOTE_SECTIONS.reduce((sum, section) => sum + doc.getText(section).length, 0);
  // A UTF-16 unit never takes more than 3 bytes in UTF-8.
  if (chars * 3 + bytes < NOTES_MAX_BYTES / 2) return 'ok';
  return Y.encodeStateAsUpdate(doc).byteLength + bytes + OVERHEAD_BYTES <= NOTES_MAX_BYTES ? 'ok' : 'BUDGET_EXCEEDED';
}

/** The first updates of the queue that fit in one message, merged; count 0 when even the first does not. */
export function takeBatch(queue: readonly Uint8Array[]): { count: number; update: Uint8Array } {
  let count = 0;
  let bytes = 0;
  while (count < queue.length && bytes + (queue[count]?.byteLength ?? 0) <= NOTES_UPDATE_MAX_BYTES) {
    bytes += queue[count]?.byteLength ?? 0;
    count++;
  }
  return { count, update: count === 0 ? new Uint8Array() : Y.mergeUpdates(queue.slice(0, count)) };
}

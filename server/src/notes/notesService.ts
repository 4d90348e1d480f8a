import {
  fail,
  groupKeyString,
  NOTE_SECTIONS,
  NOTES_MAX_BYTES,
  type DomainError,
  type GroupKey,
  type GroupNotes,
  type NoteSection,
} from '@forum-ouvert/shared';
import type { Clock } from '../deps.ts';
import type { Logger } from '../logger.ts';
import type { NotesStore } from '../store/notesStore.ts';
import { GroupDoc } from './groupDoc.ts';

/** Above this many rows, a group's rows are replaced by one merged update. */
export const NOTES_COMPACT_ABOVE_ROWS = 500;

/** What other parts of the server (exports, convergence) may know of the notes: their text. */
export interface NotesReader {
  /** Plain text of every section of every group of the session with some text, ordered by group key. */
  notesOf(sessionId: string): GroupNotes[];
}

export interface NotesServiceDeps {
  store: NotesStore;
  clock: Clock;
  logger: Logger;
  compactAboveRows?: number;
}

type Outcome<T extends object = object> = ({ ok: true } & T) | { ok: false; error: DomainError };

/**
 * Every group's notes: one Y.Doc per group, loaded from its rows on first use and kept in
 * memory. Access rules are the caller's (the socket edge asks `notesAccess`); this keeps the
 * notes whole: within budget, on disk before in memory, compacted now and then.
 */
export class NotesService implements NotesReader {
  private readonly sessions = new Map<string, Map<string, GroupDoc>>();

  constructor(private readonly deps: NotesServiceDeps) {}

  /** Whether the group has notes, on disk or in memory (a dissolved group's notes stay readable). */
  hasNotes(sessionId: string, key: GroupKey): boolean {
    const groupKey = groupKeyString(key);
    return this.sessions.get(sessionId)?.has(groupKey) === true || this.deps.store.groupKeysOf(sessionId).includes(groupKey);
  }

  /** The server's diff for a client at `stateVector`, and the server's own state vector. */
  open(sessionId: string, key: GroupKey, stateVector: Uint8Array): Outcome<{ update: Uint8Array; stateVector: Uint8Array }> {
    const group = this.docOf(sessionId, groupKeyString(key));
    try {
      return { ok: true, update: group.diff(stateVector), stateVector: group.stateVector() };
    } catch {
      return fail('VALIDATION', 'stateVector: not a state vector');
    }
  }

  /** Checks, persists, then applies one update; refused updates change nothing anywhere. */
  update(sessionId: string, key: GroupKey, update: Uint8Array): Outcome {
    const groupKey = groupKeyString(key);
    const group = this.docOf(sessionId, groupKey);
    const admission = group.admit(update);
    if (admission === 'invalid') return fail('VALIDATION', 'update: not a Yjs update');
    if (admission === 'over-budget') {
      return fail('BUDGET_EXCEEDED', `A group's notes may weigh at most ${NOTES_MAX_BYTES / 1024} KB`);
    }
    const at = this.deps.clock.now();
    this.deps.store.append(sessionId, groupKey, update, at);
    group.apply(update);
    if (group.rows > (this.deps.compactAboveRows ?? NOTES_COMPACT_ABOVE_ROWS)) {
      this.deps.store.compact(sessionId, groupKey, group.state(), at);
      group.rows = 1;
    }
    return { ok: true };
  }

  notesOf(sessionId: string): GroupNotes[] {
    const keys = new Set([...this.deps.store.groupKeysOf(sessionId), ...(this.sessions.get(sessionId)?.keys() ?? [])]);
    return [...keys].sort().flatMap((groupKey) => {
      const [slotId, topicId] = groupKey.split(':');
      if (!slotId || !topicId) return [];
      const group = this.docOf(sessionId, groupKey);
      const sections = Object.fromEntries(NOTE_SECTIONS.map((s) => [s, group.textOf(s)])) as Record<NoteSection, string>;
      return Object.values(sections).some((text) => text.trim() !== '') ? [{ slotId, topicId, sections }] : [];
    });
  }

  /** Drops a deleted session's docs from memory (its rows went with the session). */
  forget(sessionId: string): void {
    for (const group of this.sessions.get(sessionId)?.values() ?? []) group.doc.destroy();
    this.sessions.delete(sessionId);
  }

  private docOf(sessionId: string, groupKey: string): GroupDoc {
    let groups = this.sessions.get(sessionId);
    if (!groups) this.sessions.set(sessionId, (groups = new Map()));
    let group = groups.get(groupKey);
    if (!group) {
      group = new GroupDoc(this.deps.store.updatesOf(sessionId, groupKey));
      if (group.skipped > 0) this.deps.logger.error({ sessionId, skipped: group.skipped }, 'unreadable notes rows skipped');
      groups.set(groupKey, group);
    }
    return group;
  }
}

import { decideOffline, evolve, type Actor, type SessionState } from '@forum-ouvert/shared';
import { localIdMaker, type OutboxEntry } from './entry.ts';
import { MarksBuilder, NO_MARKS, type PendingMarks } from './pendingMarks.ts';

export interface PendingFold {
  /** The server's view with every pending entry applied in order: what the phone shows. */
  state: SessionState;
  /** Entries the shared rules refuse on that view now: shown nowhere, the server will answer them. */
  refused: ReadonlySet<string>;
  marks: PendingMarks;
}

/** Whether the mirror already holds what an accepted entry did. */
function alreadyMirrored(entry: OutboxEntry, mirror: SessionState): boolean {
  return entry.status === 'sent' && entry.version !== undefined && mirror.version >= entry.version;
}

/**
 * What the phone shows: the server's view, then each entry decided and evolved by the shared
 * rules, in order, as this participant, at the time it was made. No rule is written twice: a
 * dot over the budget counting pending dots is refused here exactly as on the server. The
 * version stays the mirror's, so a resync still asks from what the server really sent.
 */
export function foldPending(mirror: SessionState, entries: readonly OutboxEntry[], participantId: string): PendingFold {
  const actor: Actor = { role: 'participant', participantId };
  const marks = new MarksBuilder();
  const refused = new Set<string>();
  let state = mirror;
  for (const entry of entries) {
    if (alreadyMirrored(entry, mirror)) continue;
    const decision = decideOffline(state, entry.command, { actor, now: entry.createdAt, newId: localIdMaker(entry.commandId) });
    if (!decision.ok) {
      refused.add(entry.commandId);
      continue;
    }
    for (const event of decision.events) {
      state = evolve(state, event, mirror.version);
      if (entry.status === 'waiting') marks.add(event);
    }
  }
  return { state, refused, marks: marks.build() };
}

const NOTHING_PENDING: ReadonlySet<string> = new Set();

/**
 * The fold for the store's current mirror and entries, made once per change of either: React
 * selectors call it on every render and must get the same object back while nothing changed.
 */
export function memoFold(): (mirror: SessionState, entries: readonly OutboxEntry[], participantId: string) => PendingFold {
  let last: { mirror: SessionState; entries: readonly OutboxEntry[]; participantId: string; fold: PendingFold } | null = null;
  return (mirror, entries, participantId) => {
    if (last?.mirror === mirror && last.entries === entries && last.participantId === participantId) return last.fold;
    const fold =
      entries.length === 0 ? { state: mirror, refused: NOTHING_PENDING, marks: NO_MARKS } : foldPending(mirror, entries, participantId);
    last = { mirror, entries, participantId, fold };
    return fold;
  };
}

import {
  audiencesOf,
  decide,
  decideJoinSession,
  evolve,
  fail,
  viewOf,
  type Actor,
  type Command,
  type CommandAck,
  type DecideContext,
  type EventBatch,
  type Result,
  type SessionState,
  type Snapshot,
  type StoredEvent,
} from '@forum-ouvert/shared';
import type { Clock } from '../deps.ts';
import type { Commit, EventStore, SessionRecord, StoredEntry } from '../store/eventStore.ts';
import { actorKey } from './actorKey.ts';
import { projectBatch } from './projectBatch.ts';
import { RecentEvents, type AcceptedEvent } from './recentEvents.ts';
import { RecentRefusals } from './recentRefusals.ts';
import { SnapshotSchedule } from './snapshotSchedule.ts';

export interface RoomDeps {
  store: EventStore;
  clock: Clock;
  newId: (prefix: string) => string;
  /** Called once the events are on disk and in memory: the broadcaster's turn. */
  onAccepted: (room: SessionRoom, accepted: AcceptedEvent[]) => void;
}

/** What a reader needs to catch up: the events it missed, or the whole state as it may see it. */
export type CatchUp = { batch: EventBatch } | { snapshot: Snapshot };

/** A newcomer has no identity yet; `decideJoinSession` reads none, so the least trusted role stands in. */
const NEWCOMER: Actor = { role: 'projector' };

/**
 * The authoritative copy of one session. Every change goes through here, one at a
 * time: decide, write to the log, then change the state in memory and hand the
 * events on. Nothing in memory changes unless the write succeeded.
 */
export class SessionRoom {
  private current: SessionState;
  private readonly snapshots: SnapshotSchedule;
  private readonly recent = new RecentEvents();
  private readonly refusals = new RecentRefusals();

  /** `lastSnapshotSeq`: the version of the snapshot `state` was loaded from, 0 when it was not. */
  constructor(
    readonly record: SessionRecord,
    state: SessionState,
    lastSnapshotSeq: number,
    private readonly deps: RoomDeps,
  ) {
    this.current = state;
    this.snapshots = new SnapshotSchedule(lastSnapshotSeq > 0 ? state : null);
  }

  get id(): string {
    return this.record.id;
  }

  get code(): string {
    return this.record.code;
  }

  get state(): SessionState {
    return this.current;
  }

  /** Start-up only: applies a logged event again. Nothing is written, nothing is sent. */
  replay(entry: StoredEntry): void {
    const next = evolve(this.current, entry.event, entry.seq);
    this.recent.push({ seq: entry.seq, audiences: audiencesOf(entry.event, this.current, next) });
    this.current = next;
  }

  /** A retried command id gets its first answer back and is applied once. */
  handleCommand(commandId: string, command: Command, actor: Actor): CommandAck {
    const who = actorKey(actor);
    const stored = this.deps.store.findCommand(this.id, commandId);
    if (stored) return stored.actor === who ? stored.result : fail('CONFLICT', 'Command id already used by someone else');
    const refusalKey = `${who}/${commandId}`;
    const refused = this.refusals.get(refusalKey);
    if (refused) return refused;

    const decision = decide(this.current, command, this.context(actor));
    if (!decision.ok) {
      this.refusals.remember(refusalKey, decision);
      return decision;
    }
    const version = this.current.version + decision.events.length;
    const result: CommandAck = { ok: true, version };
    this.commit(decision.events, { command: { commandId, actor: who, result } });
    return result;
  }

  /**
   * Admits a phone; its token hash is written with the event, so the identity exists exactly when the
   * participant does. A token already admitted here is the same phone asking again (`again`).
   */
  join(pseudonym: string, tokenHash: string): Result<{ participantId: string; again: boolean }> {
    const known = this.participantIdForToken(tokenHash);
    if (known !== undefined) return { ok: true, participantId: known, again: true };
    if (this.deps.store.isTokenTaken(tokenHash)) return fail('CONFLICT', 'This token is already in use: make a new one');
    const decision = decideJoinSession(this.current, { type: 'joinSession', pseudonym }, this.context(NEWCOMER));
    if (!decision.ok) return decision;
    const joined = decision.events.find((e) => e.type === 'ParticipantJoined');
    if (joined?.type !== 'ParticipantJoined') return fail('INTERNAL', 'Join produced no participant');
    this.commit(decision.events, { participant: { participantId: joined.participantId, tokenHash } });
    return { ok: true, participantId: joined.participantId, again: false };
  }

  participantIdForToken(tokenHash: string): string | undefined {
    const participantId = this.deps.store.findParticipantId(this.id, tokenHash);
    return participantId !== undefined && participantId in this.current.participants ? participantId : undefined;
  }

  /**
   * The events after `since` as this reader may see them, when they are still at
   * hand and none of them needs a reload; otherwise the reader's whole view.
   */
  catchUp(reader: Actor, since: number): CatchUp {
    const version = this.current.version;
    if (since >= 1 && since <= version) {
      const missed = since === version ? [] : this.recent.after(since);
      const batch = missed && projectBatch(missed, reader, since, version);
      if (batch && batch !== 'snapshot') return { batch };
    }
    return { snapshot: { state: viewOf(this.current, reader) } };
  }

  private context(actor: Actor): DecideContext {
    return { actor, now: this.deps.clock.now(), newId: this.deps.newId };
  }

  private commit(events: StoredEvent[], extra: Pick<Commit, 'command' | 'participant'>): void {
    let state = this.current;
    const entries: StoredEntry[] = [];
    const accepted: AcceptedEvent[] = [];
    for (const event of events) {
      const seq = state.version + 1;
      const next = evolve(state, event, seq);
      entries.push({ seq, event });
      accepted.push({ seq, audiences: audiencesOf(event, state, next) });
      state = next;
    }
    const snapshot = this.snapshots.plan(state);
    this.deps.store.commit({
      sessionId: this.id,
      at: this.deps.clock.now(),
      events: entries,
      ...extra,
      ...(snapshot?.write ? { snapshot: snapshot.write } : {}),
    });
    this.current = state;
    if (snapshot) this.snapshots.committed(snapshot);
    for (const entry of accepted) this.recent.push(entry);
    this.deps.onAccepted(this, accepted);
  }
}

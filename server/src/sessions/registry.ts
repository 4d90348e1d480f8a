import {
  evolve,
  fail,
  initialState,
  sessionCreated,
  type CreateSession,
  type Result,
  type SessionState,
  type StoredEvent,
} from '@forum-ouvert/shared';
import { errorFields, type Logger } from '../logger.ts';
import { newJoinCode } from '../ids.ts';
import type { ImportedNotes, SessionRecord } from '../store/eventStore.ts';
import { SessionRoom, type RoomDeps } from './sessionRoom.ts';

const CODE_ATTEMPTS = 50;

/** Every live session, found by id (facilitator links) or by join code (phones, projector). */
export class SessionRegistry {
  private readonly byId = new Map<string, SessionRoom>();
  private readonly byCode = new Map<string, SessionRoom>();

  constructor(private readonly deps: RoomDeps) {}

  get(sessionId: string): SessionRoom | undefined {
    return this.byId.get(sessionId);
  }

  getByCode(code: string): SessionRoom | undefined {
    return this.byCode.get(code);
  }

  rooms(): IterableIterator<SessionRoom> {
    return this.byId.values();
  }

  /**
   * Rebuilds each session from its latest snapshot and the events logged after it.
   * A session that cannot be read is logged and left out: it must not keep the others down.
   */
  restoreAll(logger: Logger): number {
    for (const record of this.deps.store.sessions()) {
      try {
        this.add(this.restore(record));
      } catch (error) {
        logger.error({ sessionId: record.id, ...errorFields(error) }, 'session could not be restored');
      }
    }
    return this.byId.size;
  }

  /** Forgets a session whose rows are already deleted; answers the room it dropped, if it was live. */
  remove(sessionId: string): SessionRoom | undefined {
    const room = this.byId.get(sessionId);
    if (!room) return undefined;
    this.byId.delete(room.id);
    this.byCode.delete(room.code);
    return room;
  }

  create(input: CreateSession, facilitatorKeyHash: string): SessionRoom {
    const now = this.deps.clock.now();
    const record: SessionRecord = { id: this.deps.newId('s'), code: this.freeCode(), facilitatorKeyHash, createdAt: now };
    const created = sessionCreated(input, { sessionId: record.id, code: record.code, now, newId: this.deps.newId });
    if (created.type !== 'SessionCreated') throw new Error('sessionCreated returned another event');
    this.deps.store.createSession(record, created);
    const room = new SessionRoom(record, evolve(initialState(created), created, 1), 0, this.deps);
    this.add(room);
    return room;
  }

  /**
   * A new session from a whole log (an imported archive), under a fresh id, code and key: `log`
   * writes them into its creation event. The log is folded first, so one that cannot be
   * replayed is refused before anything is written; then it is written in one transaction with
   * its notes and loaded exactly as at a restart.
   */
  importLog(
    log: (identity: { sessionId: string; code: string }) => StoredEvent[],
    facilitatorKeyHash: string,
    notes: readonly ImportedNotes[],
  ): Result<{ room: SessionRoom }> {
    const record: SessionRecord = { id: this.deps.newId('s'), code: this.freeCode(), facilitatorKeyHash, createdAt: this.deps.clock.now() };
    const events = log({ sessionId: record.id, code: record.code });
    let state: SessionState;
    try {
      const [first, ...rest] = events;
      if (first?.type !== 'SessionCreated') return fail('VALIDATION', 'The log does not start with the session creation');
      state = rest.reduce((s, event) => evolve(s, event, s.version + 1), evolve(initialState(first), first, 1));
    } catch {
      return fail('VALIDATION', 'The log cannot be replayed');
    }
    this.deps.store.importSession(record, events.map((event, i) => ({ seq: i + 1, event })), state, notes);
    const room = this.restore(record);
    this.add(room);
    return { ok: true, room };
  }

  private restore(record: SessionRecord): SessionRoom {
    const snapshot = this.deps.store.latestSnapshot(record.id);
    let room = snapshot && new SessionRoom(record, snapshot, snapshot.version, this.deps);
    for (const entry of this.deps.store.eventsAfter(record.id, snapshot?.version ?? 0)) {
      if (room) {
        room.replay(entry);
      } else if (entry.event.type === 'SessionCreated') {
        room = new SessionRoom(record, evolve(initialState(entry.event), entry.event, entry.seq), 0, this.deps);
      } else {
        throw new Error('The log does not start with the session creation');
      }
    }
    if (!room) throw new Error('The session has no events');
    return room;
  }

  /** Codes are short enough to type, so collisions happen: draw again until one is free. */
  private freeCode(): string {
    for (let attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
      const code = newJoinCode();
      if (!this.byCode.has(code) && !this.deps.store.isCodeTaken(code)) return code;
    }
    throw new Error('No free join code found');
  }

  private add(room: SessionRoom): void {
    this.byId.set(room.id, room);
    this.byCode.set(room.code, room);
  }
}

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SessionStateSchema, type CommandAck, type SessionState, type StoredEvent } from '@forum-ouvert/shared';
import { migrate } from './migrations.ts';
import { NotesStore } from './notesStore.ts';

export interface SessionRecord {
  id: string;
  code: string;
  facilitatorKeyHash: string;
  createdAt: number;
}

export interface StoredEntry {
  seq: number;
  event: StoredEvent;
}

/** Everything one accepted change writes; it lands on disk as a whole or not at all. */
export interface Commit {
  sessionId: string;
  at: number;
  events: StoredEntry[];
  command?: { commandId: string; actor: string; result: CommandAck };
  participant?: { participantId: string; tokenHash: string };
  snapshot?: SessionState;
}

/** One group's notes as a single Yjs update, as an archive carries them. */
export interface ImportedNotes {
  groupKey: string;
  update: Uint8Array;
}

export interface StoredCommand {
  actor: string;
  result: CommandAck;
}

interface SessionRow {
  id: string;
  code: string;
  facilitator_key_hash: string;
  created_at: number;
}

/**
 * The session log in SQLite. Synchronous on purpose: better-sqlite3 commits before
 * it returns, so the caller acks only what is already on disk, and a session's
 * commands run one after the other without interleaving.
 */
export class EventStore {
  private readonly statements: Statements;
  /** The group notes' rows, in the same database (and deleted with their session like every table). */
  readonly notes: NotesStore;
  /** True while the WAL may still hold pages of a deleted session: a reader blocked the last truncation. */
  private walHoldsDeleted = false;

  private constructor(private readonly db: Database.Database) {
    this.statements = prepareStatements(db);
    this.notes = new NotesStore(db);
  }

  /** Opens (and creates or upgrades) `<dataDir>/forum-ouvert.sqlite`. */
  static open(dataDir: string): EventStore {
    mkdirSync(dataDir, { recursive: true });
    const db = new Database(join(dataDir, 'forum-ouvert.sqlite'));
    db.pragma('journal_mode = WAL');
    // FULL syncs the WAL on every commit: an acknowledged event survives a power cut.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // A deleted session must be gone from the file, not merely unlinked: freed space is overwritten with zeros.
    db.pragma('secure_delete = ON');
    migrate(db);
    return new EventStore(db);
  }

  createSession(record: SessionRecord, created: StoredEvent): void {
    this.db.transaction(() => {
      this.statements.insertSession.run(record.id, record.code, record.facilitatorKeyHash, record.createdAt, record.createdAt);
      this.statements.insertEvent.run(record.id, 1, created.type, JSON.stringify(created), record.createdAt, null);
    })();
  }

  /**
   * Writes a whole session at once (an imported archive): its record, its log, a snapshot of
   * where the log leads and its groups' notes, in one transaction, so a failed import leaves
   * nothing behind.
   */
  importSession(record: SessionRecord, events: readonly StoredEntry[], snapshot: SessionState, notes: readonly ImportedNotes[]): void {
    const s = this.statements;
    this.db.transaction(() => {
      s.insertSession.run(record.id, record.code, record.facilitatorKeyHash, record.createdAt, record.createdAt);
      for (const { seq, event } of events) s.insertEvent.run(record.id, seq, event.type, JSON.stringify(event), record.createdAt, null);
      s.upsertSnapshot.run(record.id, snapshot.version, JSON.stringify(snapshot));
      for (const { groupKey, update } of notes) this.notes.append(record.id, groupKey, update, record.createdAt);
    })();
  }

  commit(commit: Commit): void {
    const s = this.statements;
    this.db.transaction(() => {
      const commandId = commit.command?.commandId ?? null;
      for (const { seq, event } of commit.events) {
        s.insertEvent.run(commit.sessionId, seq, event.type, JSON.stringify(event), commit.at, commandId);
      }
      if (commit.command) {
        const { commandId, actor, result } = commit.command;
        s.insertCommand.run(commit.sessionId, commandId, actor, JSON.stringify(result));
      }
      if (commit.participant) {
        s.insertParticipant.run(commit.sessionId, commit.participant.participantId, commit.participant.tokenHash);
      }
      if (commit.snapshot) {
        s.upsertSnapshot.run(commit.sessionId, commit.snapshot.version, JSON.stringify(commit.snapshot));
      }
      s.touchSession.run(commit.at, commit.sessionId);
    })();
  }

  findSession(sessionId: string): SessionRecord | undefined {
    const row = this.statements.findSession.get(sessionId) as SessionRow | undefined;
    return row && toRecord(row);
  }

  /** Sessions whose last accepted change or join is older than `cutoff` (ms since the epoch). */
  sessionsInactiveSince(cutoff: number): string[] {
    return this.statements.inactiveSessions.all(cutoff) as string[];
  }

  /**
   * Removes each session and every row that names it, one transaction per session,
   * then truncates the WAL so that no copy of the deleted pages stays in it
   * (see `walClean`). Answers the ids that existed and are now gone.
   */
  deleteSessions(sessionIds: readonly string[]): string[] {
    const deleted: string[] = [];
    try {
      for (const sessionId of sessionIds) {
        if (this.deleteOne(sessionId)) deleted.push(sessionId);
      }
    } finally {
      if (deleted.length > 0) {
        this.walHoldsDeleted = true;
        this.truncateWal();
      }
    }
    return deleted;
  }

  get walClean(): boolean {
    return !this.walHoldsDeleted;
  }

  /**
   * Copies the WAL into the database and empties it, if a deletion left copies there.
   * With secure_delete the copied pages hold zeros where the session was; the old
   * frames would still hold it. Answers whether the WAL is clean now.
   */
  truncateWal(): boolean {
    if (!this.walHoldsDeleted) return true;
    const [result] = this.db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    this.walHoldsDeleted = result?.busy !== 0;
    return !this.walHoldsDeleted;
  }

  /**
   * Every table with a `session_id` column, read from the schema at each deletion
   * rather than listed here, so that a table added later is never forgotten.
   */
  private sessionTables(): string[] {
    const tables = this.statements.tableNames.all() as string[];
    return tables.filter((table) => {
      const columns = this.db.pragma(`table_info(${quoteIdentifier(table)})`) as { name: string }[];
      return columns.some((column) => column.name === 'session_id');
    });
  }

  private deleteOne(sessionId: string): boolean {
    return this.db.transaction(() => {
      if (this.statements.findSession.get(sessionId) === undefined) return false;
      // Checked at commit instead of per statement, so the order of the tables does not matter.
      this.db.pragma('defer_foreign_keys = ON');
      for (const table of this.sessionTables()) {
        this.db.prepare(`DELETE FROM ${quoteIdentifier(table)} WHERE session_id = ?`).run(sessionId);
      }
      this.statements.deleteSession.run(sessionId);
      return true;
    })();
  }

  findCommand(sessionId: string, commandId: string): StoredCommand | undefined {
    const row = this.statements.findCommand.get(sessionId, commandId) as { actor: string; result: string } | undefined;
    return row && { actor: row.actor, result: JSON.parse(row.result) as CommandAck };
  }

  /** Only a token issued by this very session identifies someone in it. */
  findParticipantId(sessionId: string, tokenHash: string): string | undefined {
    const row = this.statements.findParticipant.get(sessionId, tokenHash) as { participant_id: string } | undefined;
    return row?.participant_id;
  }

  /** Token hashes are unique across sessions (a token names one person in one session). */
  isTokenTaken(tokenHash: string): boolean {
    return this.statements.tokenTaken.get(tokenHash) !== undefined;
  }

  isCodeTaken(code: string): boolean {
    return this.statements.codeTaken.get(code) !== undefined;
  }

  sessions(): SessionRecord[] {
    return (this.statements.allSessions.all() as SessionRow[]).map(toRecord);
  }

  /**
   * The latest snapshot, if it still has the shape of today's state. One written by an older
   * version (a field added since) is ignored: the session is then rebuilt from its whole log,
   * which stays valid because events only ever gain optional meaning.
   */
  latestSnapshot(sessionId: string): SessionState | undefined {
    const row = this.statements.findSnapshot.get(sessionId) as { seq: number; state: string } | undefined;
    if (!row) return undefined;
    const parsed = SessionStateSchema.safeParse(JSON.parse(row.state));
    return parsed.success ? parsed.data : undefined;
  }

  /** Streams the log so that restoring a long session does not hold every row at once. */
  *eventsAfter(sessionId: string, seq: number): Generator<StoredEntry> {
    for (const row of this.statements.eventsAfter.iterate(sessionId, seq) as Iterable<{ seq: number; payload: string }>) {
      yield { seq: row.seq, event: JSON.parse(row.payload) as StoredEvent };
    }
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

type Statements = ReturnType<typeof prepareStatements>;

function toRecord(row: SessionRow): SessionRecord {
  return { id: row.id, code: row.code, facilitatorKeyHash: row.facilitator_key_hash, createdAt: row.created_at };
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function prepareStatements(db: Database.Database) {
  return {
    insertSession: db.prepare(
      'INSERT INTO sessions (id, code, facilitator_key_hash, created_at, last_activity_at) VALUES (?, ?, ?, ?, ?)',
    ),
    touchSession: db.prepare('UPDATE sessions SET last_activity_at = ? WHERE id = ?'),
    insertEvent: db.prepare('INSERT INTO events (session_id, seq, type, payload, at, command_id) VALUES (?, ?, ?, ?, ?, ?)'),
    insertCommand: db.prepare('INSERT INTO commands (session_id, command_id, actor, result) VALUES (?, ?, ?, ?)'),
    findCommand: db.prepare('SELECT actor, result FROM commands WHERE session_id = ? AND command_id = ?'),
    insertParticipant: db.prepare('INSERT INTO participants (session_id, participant_id, token_hash) VALUES (?, ?, ?)'),
    findParticipant: db.prepare('SELECT participant_id FROM participants WHERE session_id = ? AND token_hash = ?'),
    tokenTaken: db.prepare('SELECT 1 FROM participants WHERE token_hash = ?'),
    upsertSnapshot: db.prepare(
      'INSERT INTO snapshots (session_id, seq, state) VALUES (?, ?, ?) ' +
        'ON CONFLICT(session_id) DO UPDATE SET seq = excluded.seq, state = excluded.state',
    ),
    findSnapshot: db.prepare('SELECT seq, state FROM snapshots WHERE session_id = ?'),
    eventsAfter: db.prepare('SELECT seq, payload FROM events WHERE session_id = ? AND seq > ? ORDER BY seq'),
    allSessions: db.prepare('SELECT id, code, facilitator_key_hash, created_at FROM sessions ORDER BY created_at'),
    codeTaken: db.prepare('SELECT 1 FROM sessions WHERE code = ?'),
    findSession: db.prepare('SELECT id, code, facilitator_key_hash, created_at FROM sessions WHERE id = ?'),
    inactiveSessions: db.prepare('SELECT id FROM sessions WHERE last_activity_at < ? ORDER BY last_activity_at').pluck(),
    deleteSession: db.prepare('DELETE FROM sessions WHERE id = ?'),
    tableNames: db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'").pluck(),
  };
}

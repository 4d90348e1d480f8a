import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { CommandAck, StoredEvent } from '@forum-ouvert/shared';

export const DATABASE_FILE = 'forum-ouvert.sqlite';

/**
 * How many rows of each table name the session, read through a connection of the
 * test's own: every table with a `session_id` column, and `sessions` by its id.
 */
export function rowsOfSession(dataDir: string, sessionId: string): Record<string, number> {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true });
  try {
    const counts: Record<string, number> = {
      sessions: db.prepare('SELECT count(*) FROM sessions WHERE id = ?').pluck().get(sessionId) as number,
    };
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'").pluck().all() as string[];
    for (const table of tables) {
      const columns = db.pragma(`table_info("${table}")`) as { name: string }[];
      if (!columns.some((column) => column.name === 'session_id')) continue;
      counts[table] = db.prepare(`SELECT count(*) FROM "${table}" WHERE session_id = ?`).pluck().get(sessionId) as number;
    }
    return counts;
  } finally {
    db.close();
  }
}

/** One row of the event log as it lies on disk. */
export interface LoggedEvent {
  seq: number;
  event: StoredEvent;
  /** The command that caused it; null for the creation, a join or an import. */
  commandId: string | null;
}

/** One remembered command: who sent it and the answer it got. */
export interface LoggedCommand {
  commandId: string;
  actor: string;
  result: CommandAck;
}

/** A session's event log, in order, read through a connection of the test's own. */
export function loggedEvents(dataDir: string, sessionId: string): LoggedEvent[] {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare('SELECT seq, payload, command_id FROM events WHERE session_id = ? ORDER BY seq').all(sessionId) as {
      seq: number;
      payload: string;
      command_id: string | null;
    }[];
    return rows.map((row) => ({ seq: row.seq, event: JSON.parse(row.payload) as StoredEvent, commandId: row.command_id }));
  } finally {
    db.close();
  }
}

/** Every command id a session remembers, with its actor and result. */
export function loggedCommands(dataDir: string, sessionId: string): LoggedCommand[] {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare('SELECT command_id, actor, result FROM commands WHERE session_id = ?').all(sessionId) as {
      command_id: string;
      actor: string;
      result: string;
    }[];
    return rows.map((row) => ({ commandId: row.command_id, actor: row.actor, result: JSON.parse(row.result) as CommandAck }));
  } finally {
    db.close();
  }
}

/** The version of the session's snapshot on disk, the point a restart restores from; 0 when there is none. */
export function snapshotSeqOf(dataDir: string, sessionId: string): number {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT seq FROM snapshots WHERE session_id = ?').pluck().get(sessionId) as number | undefined) ?? 0;
  } finally {
    db.close();
  }
}

/** `sessions.last_activity_at`, what the purge goes by; undefined once the session is gone. */
export function lastActivityOf(dataDir: string, sessionId: string): number | undefined {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT last_activity_at FROM sessions WHERE id = ?').pluck().get(sessionId) as number | undefined;
  } finally {
    db.close();
  }
}

/** The database file and its WAL as they lie on disk, whatever SQLite would show. */
export function rawDatabaseFiles(dataDir: string): { name: string; bytes: Buffer }[] {
  return [DATABASE_FILE, `${DATABASE_FILE}-wal`]
    .map((name) => join(dataDir, name))
    .filter((path) => existsSync(path))
    .map((path) => ({ name: path, bytes: readFileSync(path) }));
}

/** The files among the database and its WAL that still hold `text` (UTF-8), byte for byte. */
export function filesHolding(dataDir: string, text: string): string[] {
  const needle = Buffer.from(text, 'utf8');
  return rawDatabaseFiles(dataDir)
    .filter(({ bytes }) => bytes.includes(needle))
    .map(({ name }) => name);
}

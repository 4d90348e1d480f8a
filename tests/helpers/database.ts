import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

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

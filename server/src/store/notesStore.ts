import type Database from 'better-sqlite3';

/**
 * The rows of the group notes (`notes_updates`): every accepted Yjs update of a group, in
 * order. Synchronous like the event log, so an update is on disk before it is acknowledged.
 */
export class NotesStore {
  private readonly statements: ReturnType<typeof prepareStatements>;

  constructor(private readonly db: Database.Database) {
    this.statements = prepareStatements(db);
  }

  /** Writes one update; writing notes counts as activity, so the session's purge clock restarts. */
  append(sessionId: string, groupKey: string, update: Uint8Array, at: number): void {
    this.db.transaction(() => {
      this.statements.insert.run(sessionId, groupKey, update, at);
      this.statements.touchSession.run(at, sessionId);
    })();
  }

  /** A group's updates in the order they were accepted. */
  updatesOf(sessionId: string, groupKey: string): Uint8Array[] {
    return this.statements.updatesOf.all(sessionId, groupKey) as Buffer[];
  }

  /** Keys of the groups of a session that have at least one row. */
  groupKeysOf(sessionId: string): string[] {
    return this.statements.groupKeysOf.all(sessionId) as string[];
  }

  /** Replaces every row of a group by one update holding them all, atomically. */
  compact(sessionId: string, groupKey: string, merged: Uint8Array, at: number): void {
    this.db.transaction(() => {
      this.statements.deleteGroup.run(sessionId, groupKey);
      this.statements.insert.run(sessionId, groupKey, merged, at);
    })();
  }
}

function prepareStatements(db: Database.Database) {
  return {
    insert: db.prepare('INSERT INTO notes_updates (session_id, group_key, "update", at) VALUES (?, ?, ?, ?)'),
    touchSession: db.prepare('UPDATE sessions SET last_activity_at = ? WHERE id = ?'),
    updatesOf: db.prepare('SELECT "update" FROM notes_updates WHERE session_id = ? AND group_key = ? ORDER BY id').pluck(),
    groupKeysOf: db.prepare('SELECT DISTINCT group_key FROM notes_updates WHERE session_id = ? ORDER BY group_key').pluck(),
    deleteGroup: db.prepare('DELETE FROM notes_updates WHERE session_id = ? AND group_key = ?'),
  };
}

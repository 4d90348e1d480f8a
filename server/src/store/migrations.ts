import type { Database } from 'better-sqlite3';

/**
 * Each entry moves the schema one version forward; `user_version` records how far a
 * database has come, so a newer server upgrades an older data folder in place.
 *
 * Every table that holds something of a session names it in a `session_id` column:
 * deleting a session (`EventStore.deleteSessions`) empties every such table it finds.
 */
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    facilitator_key_hash TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    last_activity_at INTEGER NOT NULL
  );
  CREATE TABLE events (
    session_id TEXT NOT NULL REFERENCES sessions(id),
    seq INTEGER NOT NULL,
    type TEXT NOT NULL,
    payload TEXT NOT NULL,
    at INTEGER NOT NULL,
    PRIMARY KEY (session_id, seq)
  ) WITHOUT ROWID;
  -- The primary key is what makes a retried command idempotent.
  CREATE TABLE commands (
    session_id TEXT NOT NULL REFERENCES sessions(id),
    command_id TEXT NOT NULL,
    actor TEXT NOT NULL,
    result TEXT NOT NULL,
    PRIMARY KEY (session_id, command_id)
  ) WITHOUT ROWID;
  CREATE TABLE participants (
    session_id TEXT NOT NULL REFERENCES sessions(id),
    participant_id TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    PRIMARY KEY (session_id, participant_id)
  );
  CREATE TABLE snapshots (
    session_id TEXT PRIMARY KEY REFERENCES sessions(id),
    seq INTEGER NOT NULL,
    state TEXT NOT NULL
  );
  `,
  // Group notes: each accepted Yjs update of a group, in order; compacted into one row now and then.
  `
  CREATE TABLE notes_updates (
    id INTEGER PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions(id),
    group_key TEXT NOT NULL,
    "update" BLOB NOT NULL,
    at INTEGER NOT NULL
  );
  CREATE INDEX notes_updates_by_group ON notes_updates (session_id, group_key, id);
  `,
  // Each event names the command that caused it (null for the session's creation, a join or an
  // import), so an audit can tie every event to an acknowledged command and back.
  `
  ALTER TABLE events ADD COLUMN command_id TEXT;
  `,
];

export function migrate(db: Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(`Data folder schema v${current} is newer than this server (v${MIGRATIONS.length})`);
  }
  for (let version = current; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version] ?? '');
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}

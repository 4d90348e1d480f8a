import type { AddressInfo } from 'node:net';
import { createApp, createLogger, EventStore, systemClock, type App, type Clock } from '@forum-ouvert/server';
import type { SessionState } from '@forum-ouvert/shared';
import { makeTempDir } from './tempDir.ts';

export interface TestServer {
  url: string;
  app: App;
  store: EventStore;
  dataDir: string;
  /** The server's authoritative state of a session. */
  stateOf(sessionId: string): SessionState;
  /** Stops the app and closes the database, leaving the data folder for a restart. */
  stop(): Promise<void>;
}

export interface StartOptions {
  broadcastTickMs?: number;
  allowedOrigins?: string[];
  clientDir?: string;
  /** The server's clock (default: the system's); a test moves it to make sessions expire. */
  clock?: Clock;
  purgeAfterDays?: number;
  purgeIntervalMs?: number;
  /** Rows above which a group's notes are compacted (default: the server's). */
  notesCompactAboveRows?: number;
}

/** A real server on 127.0.0.1, port 0, with a real SQLite log in `dataDir` (a fresh folder by default). */
export async function startServer(dataDir = makeTempDir('server'), options: StartOptions = {}): Promise<TestServer> {
  const store = EventStore.open(dataDir);
  let url = '';
  const app = createApp({
    store,
    logger: createLogger(process.env['TEST_LOG_LEVEL'] ?? 'silent'),
    clock: options.clock ?? systemClock,
    config: {
      publicUrl: () => url,
      allowedOrigins: options.allowedOrigins ?? [],
      ...(options.clientDir === undefined ? {} : { clientDir: options.clientDir }),
      ...(options.purgeAfterDays === undefined ? {} : { purgeAfterDays: options.purgeAfterDays }),
    },
    ...(options.broadcastTickMs === undefined ? {} : { broadcastTickMs: options.broadcastTickMs }),
    ...(options.purgeIntervalMs === undefined ? {} : { purgeIntervalMs: options.purgeIntervalMs }),
    ...(options.notesCompactAboveRows === undefined ? {} : { notesCompactAboveRows: options.notesCompactAboveRows }),
  });
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
  return {
    url,
    app,
    store,
    dataDir,
    stateOf(sessionId) {
      const room = app.sessions.get(sessionId);
      if (!room) throw new Error(`No session ${sessionId} on the server`);
      return room.state;
    },
    async stop() {
      await app.close();
      store.close();
    },
  };
}

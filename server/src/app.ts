import { createServer, type Server as HttpServer } from 'node:http';
import express from 'express';
import { Server } from 'socket.io';
import type { AppDeps } from './deps.ts';
import { configureHttp } from './http/configureHttp.ts';
import { newId } from './ids.ts';
import { DEFAULT_PURGE_AFTER_DAYS, PURGE_INTERVAL_MS, purgeExpired } from './lifecycle/purge.ts';
import { SessionDeletion } from './lifecycle/sessionDeletion.ts';
import { errorFields } from './logger.ts';
import { NotesService, type NotesReader } from './notes/notesService.ts';
import { attachRealtime } from './realtime/attachRealtime.ts';
import { Broadcaster } from './realtime/broadcaster.ts';
import { Presence } from './realtime/presence.ts';
import { socketOptions } from './realtime/socketOptions.ts';
import type { AppServer } from './realtime/socketTypes.ts';
import { TokenBuckets } from './realtime/tokenBuckets.ts';
import { SessionRegistry } from './sessions/registry.ts';

export type { AppConfig, AppDeps, Clock } from './deps.ts';
export { systemClock } from './deps.ts';
export { EventStore } from './store/eventStore.ts';
export { hashSecret } from './secrets.ts';
export { createLogger } from './logger.ts';
export { readEnv } from './config/env.ts';
export { DEFAULT_PURGE_AFTER_DAYS, PURGE_INTERVAL_MS } from './lifecycle/purge.ts';
export type { NotesReader } from './notes/notesService.ts';

export interface App {
  httpServer: HttpServer;
  io: AppServer;
  /** The authoritative sessions, for the composition root and for tests that compare states. */
  sessions: SessionRegistry;
  /** The group notes as plain text (`notesOf(sessionId)`), for the exports and the convergence vote. */
  notes: NotesReader;
  /** Deletes the sessions inactive for longer than `purgeAfterDays`; runs at start-up and every hour. Answers how many. */
  purgeExpired(): number;
  /** Sends what is queued, disconnects everyone and stops the HTTP server. The store stays open: its owner closes it. */
  close(): Promise<void>;
}

/** A command per participant: 20 a second, 40 at once — far above any hand on a phone. */
const PERSON_RATE = { perSecond: 20, burst: 40 };

/** Notes messages per participant: a phone sends its typing at most a few times a second. */
const NOTES_RATE = { perSecond: 20, burst: 60 };

/** How long open connections get to drain on close before they are cut. */
const CLOSE_GRACE_MS = 2000;

/**
 * Builds the whole server without listening, so that tests start it on port 0
 * and the composition root decides host and port. Purges expired sessions, then
 * restores every other one.
 */
export function createApp(deps: AppDeps): App {
  const { store, config, logger, clock } = deps;
  // Express goes on the HTTP server before Socket.IO attaches, so Socket.IO keeps /socket.io/ for itself.
  const web = express();
  const httpServer = createServer(web);
  const io: AppServer = new Server(httpServer, socketOptions(config.allowedOrigins));

  const presence = new Presence(io, deps.presenceTickMs ?? 250);
  const broadcaster = new Broadcaster(
    io,
    (sessionId) => presence.onlineParticipants(sessionId),
    deps.broadcastTickMs ?? 50,
    logger,
  );
  const sessions = new SessionRegistry({
    store,
    clock,
    newId,
    onAccepted: (room, accepted) => broadcaster.queue(room, accepted),
  });
  const notes = new NotesService({
    store: store.notes,
    clock,
    logger,
    ...(deps.notesCompactAboveRows === undefined ? {} : { compactAboveRows: deps.notesCompactAboveRows }),
  });
  const deletion = new SessionDeletion({ store, sessions, broadcaster, presence, io, logger, forgetters: [notes] });
  const purgeAfterDays = config.purgeAfterDays ?? DEFAULT_PURGE_AFTER_DAYS;
  const purge = (): number => purgeExpired({ store, deletion, clock, logger, purgeAfterDays }).length;
  const purgeSafely = (): void => {
    try {
      purge();
    } catch (error) {
      // The next tick tries again; one bad purge must not stop the server.
      logger.error(errorFields(error), 'purge failed');
    }
  };
  // Before restoring, so an expired session is never loaded back into memory.
  purgeSafely();
  const purgeTimer = setInterval(purgeSafely, deps.purgeIntervalMs ?? PURGE_INTERVAL_MS);
  purgeTimer.unref();

  const restored = sessions.restoreAll(logger);
  logger.info({ sessions: restored }, 'sessions restored');

  const limits = new TokenBuckets(PERSON_RATE.perSecond, PERSON_RATE.burst);
  const notesLimits = new TokenBuckets(NOTES_RATE.perSecond, NOTES_RATE.burst);
  attachRealtime(io, { sessions, presence, limits, logger, notes, notesLimits, clock: deps.clock });
  configureHttp(web, { sessions, deletion, config, logger, store, notes, clock });

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolve) => {
      clearInterval(purgeTimer);
      broadcaster.flushAll();
      broadcaster.close();
      presence.close();
      // io.close() closes every socket gracefully (the last batch still goes out) and then the HTTP server.
      const forced = setTimeout(() => httpServer.closeAllConnections(), CLOSE_GRACE_MS);
      forced.unref();
      void io.close(() => {
        clearTimeout(forced);
        resolve();
      });
      // Idle keep-alive connections would otherwise hold the server open for seconds.
      httpServer.closeIdleConnections();
    });
    return closing;
  };

  return { httpServer, io, sessions, notes, purgeExpired: purge, close };
}

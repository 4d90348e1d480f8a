import type { Logger } from './logger.ts';
import type { EventStore } from './store/eventStore.ts';

export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

export interface AppConfig {
  /** Base URL phones use (join links, QR codes). A function: with port 0 it is known only after listen. */
  publicUrl: () => string;
  /** Origins allowed besides the server's own (ALLOWED_ORIGINS), e.g. a dev server. */
  allowedOrigins: readonly string[];
  /** Built client to serve; absent or missing on disk, only the API is served. */
  clientDir?: string;
  /** Days after its last activity when a session is deleted (PURGE_AFTER_DAYS, default 90). */
  purgeAfterDays?: number;
}

export interface AppDeps {
  store: EventStore;
  config: AppConfig;
  logger: Logger;
  clock: Clock;
  /** How long accepted events wait to be sent together (default 50 ms). */
  broadcastTickMs?: number;
  /** Throttle of presence updates (default 250 ms). */
  presenceTickMs?: number;
  /** How often expired sessions are purged after the start-up purge (default one hour). */
  purgeIntervalMs?: number;
  /** Above this many rows a group's notes are compacted into one (default 500). */
  notesCompactAboveRows?: number;
}

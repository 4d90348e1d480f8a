import type { Clock } from '../deps.ts';
import type { Logger } from '../logger.ts';
import type { EventStore } from '../store/eventStore.ts';
import type { SessionDeletion } from './sessionDeletion.ts';

/** Participants may be refugees: nothing they wrote outlives the workshop by more than this, unless configured. */
export const DEFAULT_PURGE_AFTER_DAYS = 90;

/** How often the server looks for expired sessions, after the look at start-up. */
export const PURGE_INTERVAL_MS = 60 * 60 * 1000;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface PurgeDeps {
  store: EventStore;
  deletion: SessionDeletion;
  clock: Clock;
  logger: Logger;
  purgeAfterDays: number;
}

/**
 * Deletes every session whose last accepted change or join is older than
 * `purgeAfterDays`, exactly as a facilitator's deletion would. Reads the log, not
 * memory, so a session that could not be restored is purged too.
 */
export function purgeExpired({ store, deletion, clock, logger, purgeAfterDays }: PurgeDeps): string[] {
  // A truncation a reader blocked last time gets another chance.
  store.truncateWal();
  const expired = store.sessionsInactiveSince(clock.now() - purgeAfterDays * DAY_MS);
  if (expired.length === 0) return [];
  const deleted = deletion.delete(expired, 'expired');
  logger.info({ count: deleted.length, purgeAfterDays }, 'expired sessions purged');
  return deleted;
}

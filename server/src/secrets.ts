import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Only hashes of keys and tokens are stored: a copied data folder lets nobody
 * take over a session. The secrets are long and random, so a plain SHA-256 suffices.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Compares a presented secret with a stored hash without leaking, through timing, how much matched. */
export function matchesHash(secret: string, storedHash: string): boolean {
  const presented = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}

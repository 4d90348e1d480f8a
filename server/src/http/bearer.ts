import type { Request } from 'express';
import { matchesHash } from '../secrets.ts';

/** Longer than any key we issue; a longer header is not worth hashing. */
const MAX_KEY_LENGTH = 256;

/** The secret of `Authorization: Bearer <secret>`, if that is what the header holds. */
export function bearerSecret(header: string | undefined): string | undefined {
  const match = /^Bearer +(\S+)$/i.exec(header ?? '');
  const secret = match?.[1];
  return secret !== undefined && secret.length <= MAX_KEY_LENGTH ? secret : undefined;
}

/**
 * Whether the request carries this session's facilitator key. The key travels in a header,
 * never in the URL, so no access log or proxy keeps it; a cross-site page cannot send this
 * header without a CORS preflight, which this server never grants. A participant's token or
 * the join code is not a key, so they fail here like any wrong secret.
 */
export function hasFacilitatorKey(req: Request, facilitatorKeyHash: string): boolean {
  const key = bearerSecret(req.get('authorization'));
  return key !== undefined && matchesHash(key, facilitatorKeyHash);
}

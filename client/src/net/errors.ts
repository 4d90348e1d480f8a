import { ERROR_CODES, type ErrorCode } from '@forum-ouvert/shared';

/** Server refusals plus what only a client can run into. Each has a translation `errors.<code>`. */
export const CLIENT_ERROR_CODES = [...ERROR_CODES, 'NETWORK', 'OFFLINE'] as const;
export type ClientErrorCode = ErrorCode | 'NETWORK' | 'OFFLINE';

export interface ClientError {
  code: ClientErrorCode;
}

/** Anything that claims to be an error code; unknown values become INTERNAL, never raw text. */
export function toErrorCode(value: unknown): ClientErrorCode {
  return (CLIENT_ERROR_CODES as readonly unknown[]).includes(value) ? (value as ClientErrorCode) : 'INTERNAL';
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: ClientError };

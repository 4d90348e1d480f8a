import type { z } from 'zod';
import type { DomainErrorSchema } from './errors.schema.ts';

/** Every refusal a client can get. The client shows each translated (`errors.<CODE>`). */
export const ERROR_CODES = [
  'VALIDATION',
  'FORBIDDEN',
  'WRONG_PHASE',
  'BUDGET_EXCEEDED',
  'NOT_FOUND',
  'RATE_LIMITED',
  'CONFLICT',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * `message` is a short English explanation for developers and logs; it never
 * contains what people wrote. Users see the translation of `code`.
 */
export type DomainError = z.infer<typeof DomainErrorSchema>;

export type Result<T, E = DomainError> = ({ ok: true } & T) | { ok: false; error: E };

/** A refused result; assignable to every `Result`. */
export type Failure = { ok: false; error: DomainError };

export function fail(code: ErrorCode, message: string): Failure {
  return { ok: false, error: { code, message } };
}

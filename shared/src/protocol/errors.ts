import { z } from 'zod';

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
export const ErrorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/**
 * `message` is a short English explanation for developers and logs; it never
 * contains what people wrote. Users see the translation of `code`.
 */
export const DomainErrorSchema = z.object({ code: ErrorCodeSchema, message: z.string() });
export type DomainError = z.infer<typeof DomainErrorSchema>;

export type Result<T, E = DomainError> = ({ ok: true } & T) | { ok: false; error: E };

/** A refused result; assignable to every `Result`. */
export type Failure = { ok: false; error: DomainError };

export function fail(code: ErrorCode, message: string): Failure {
  return { ok: false, error: { code, message } };
}

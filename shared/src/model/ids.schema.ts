import { z } from 'zod';
import { ID_PATTERN, JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from './ids.ts';
import { LIMITS } from './limits.ts';

export const IdSchema = z.string().min(1).max(LIMITS.idMax).regex(ID_PATTERN);

/** Typed codes are forgiven their case and the spaces around them. */
export const JoinCodeSchema = z
  .string()
  .transform((s) => s.trim().toUpperCase())
  .pipe(z.string().length(JOIN_CODE_LENGTH).regex(new RegExp(`^[${JOIN_CODE_ALPHABET}]+$`)));

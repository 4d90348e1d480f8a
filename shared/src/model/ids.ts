import { z } from 'zod';
import { LIMITS } from './limits.ts';

/** Ids are made by the server (or by the client for command ids); they are short opaque strings. */
export const IdSchema = z.string().min(1).max(LIMITS.idMax).regex(/^[A-Za-z0-9_-]+$/);

/** Join codes avoid look-alike characters (0/O, 1/I/L) so they can be read off a projector. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;
export const JoinCodeSchema = z
  .string()
  .transform((s) => s.trim().toUpperCase())
  .pipe(z.string().length(JOIN_CODE_LENGTH).regex(new RegExp(`^[${JOIN_CODE_ALPHABET}]+$`)));

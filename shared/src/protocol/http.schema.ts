import { z } from 'zod';
import { PseudonymSchema } from '../model/session.schema.ts';
import { PARTICIPANT_TOKEN_LENGTH } from './http.ts';

export const JoinRequestSchema = z.object({
  pseudonym: PseudonymSchema.default(''),
  /**
   * The phone's own secret, made before it asks: a join retried after a lost answer carries the same
   * one and finds the person already admitted. Without it the server makes one (and a retry admits
   * a second person). The server keeps only its hash.
   */
  token: z
    .string()
    .regex(new RegExp(`^[A-Za-z0-9_-]{${PARTICIPANT_TOKEN_LENGTH},64}$`), 'A token is 32 to 64 letters, digits, _ or -')
    .optional(),
});

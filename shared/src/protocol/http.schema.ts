import { z } from 'zod';
import { PseudonymSchema } from '../model/session.schema.ts';

export const JoinRequestSchema = z.object({ pseudonym: PseudonymSchema.default('') });

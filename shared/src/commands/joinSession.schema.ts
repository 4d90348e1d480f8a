import { z } from 'zod';
import { PseudonymSchema } from '../model/session.schema.ts';

export const JoinSessionSchema = z.object({ type: z.literal('joinSession'), pseudonym: PseudonymSchema });

import { z } from 'zod';
import { ERROR_CODES } from './errors.ts';

export const ErrorCodeSchema = z.enum(ERROR_CODES);
export const DomainErrorSchema = z.object({ code: ErrorCodeSchema, message: z.string() });

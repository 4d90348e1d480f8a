import { z } from 'zod';
import { EXPORT_KINDS } from './kinds.ts';
import { DEFAULT_EXPORT_LANG } from './labels.ts';
import { ExportLangSchema } from './labels.schema.ts';

export const ExportKindSchema = z.enum(EXPORT_KINDS);

/** `?names=0|1&lang=fr|en`: without names by default, French by default. */
export const ExportQuerySchema = z.object({
  names: z.enum(['0', '1']).default('0').transform((v) => v === '1'),
  lang: ExportLangSchema.default(DEFAULT_EXPORT_LANG),
});

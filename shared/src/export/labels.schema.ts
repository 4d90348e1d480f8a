import { z } from 'zod';
import { EXPORT_LANGS } from './labels.ts';

export const ExportLangSchema = z.enum(EXPORT_LANGS);

import { z } from 'zod';
import { DEFAULT_EXPORT_LANG, ExportLangSchema } from './labels.ts';
import { isoDate } from './proceedings.ts';

/** What can be downloaded: the last part of `GET /api/sessions/:id/exports/:kind`, also the file's suffix. */
export const EXPORT_KINDS = [
  'proceedings.md',
  'proceedings.docx',
  'proceedings.html',
  'topics.csv',
  'proposals.csv',
  'archive.json',
] as const;
export const ExportKindSchema = z.enum(EXPORT_KINDS);
export type ExportKind = z.infer<typeof ExportKindSchema>;

/** `?names=0|1&lang=fr|en`: without names by default, French by default. */
export const ExportQuerySchema = z.object({
  names: z.enum(['0', '1']).default('0').transform((v) => v === '1'),
  lang: ExportLangSchema.default(DEFAULT_EXPORT_LANG),
});
export type ExportQuery = z.input<typeof ExportQuerySchema>;

/** Lower-case ASCII words joined by hyphens ("Santé & logement !" → "sante-logement"), never empty. */
export function slugOf(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'forum-ouvert';
}

/** `<title slug>-<creation date>-<kind>`, e.g. `session-lab-2025-06-14-proceedings.docx`: ASCII only, safe in any header. */
export function exportFileName(session: { title: string; createdAt: number }, kind: ExportKind, timeZone?: string): string {
  return `${slugOf(session.title)}-${isoDate(session.createdAt, timeZone)}-${kind}`;
}

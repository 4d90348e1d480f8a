import type { z } from 'zod';
import type { ExportQuerySchema } from './kinds.schema.ts';
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
export type ExportKind = (typeof EXPORT_KINDS)[number];

/** `?names=0|1&lang=fr|en`, as it comes. */
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

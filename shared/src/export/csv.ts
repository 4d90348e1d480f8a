import type { Proceedings } from './proceedings.ts';
import { translationsLine } from './translations.ts';

/** Byte order mark: Excel reads a CSV as UTF-8 (accents and all) only when the file starts with it. */
export const BOM = '\uFEFF';

/**
 * One field, RFC 4180: quoted when it holds a comma, a quote or a line break, inner quotes
 * doubled. A text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first)
 * gets a leading apostrophe (OWASP "CSV injection"): topics come from anyone with the code.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A whole file: BOM, header row, records, each line ended by CRLF. */
export function csvOf(head: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return BOM + [head, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/** Topics with their translations, votes and place in the programme; the convener column only with names. */
export function renderTopicsCsv(p: Proceedings): string {
  const l = p.labels;
  const head = [l.title, l.translations, l.theme, ...(p.includeNames ? [l.conveners] : []), l.dots, l.slot, l.space, l.attendees];
  return csvOf(
    head,
    p.topics.map((t) => [t.title, translationsLine(t.translations, l), t.theme, ...(p.includeNames ? [t.conveners.join(', ')] : []), t.dots, t.slot, t.space, t.attendees]),
  );
}

/** The convergence vote: proposals ranked by their dots. */
export function renderProposalsCsv(p: Proceedings): string {
  const l = p.labels;
  return csvOf(
    [l.rank, l.proposal, l.topic, l.slot, l.dots],
    p.proposals.map((x) => [x.rank, x.text, x.topic, x.slot, x.dots]),
  );
}

import type { Language } from '../model/languages.ts';
import type { Proceedings, ProceedingsGroup } from './proceedings.ts';
import type { ProceedingsTranslation } from './translations.ts';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Every text that reaches the page goes through here: what people typed is never markup. */
export function escapeHtml(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Markup built here from escaped parts, to go into a cell or a fact as it is. */
interface Html {
  html: string;
}
type Cell = string | number | null | Html;

function cellHtml(value: Cell): string {
  if (value === null) return '';
  return typeof value === 'object' ? value.html : escapeHtml(value);
}

const langAttr = (language: Language | null) => (language ? ` lang="${escapeHtml(language)}"` : '');

/** Each translation marked with its language, so a reader's browser and screen reader say it right. */
function translationsHtml(translations: readonly ProceedingsTranslation[], colon: string): string {
  return translations
    .map((t) => `${escapeHtml(t.language)}${escapeHtml(colon)} <span lang="${escapeHtml(t.language)}" dir="auto">${escapeHtml(t.title)}</span>`)
    .join('; ');
}

/** A title as typed, in its language, with its translations beneath it when there are some. */
function titleHtml(title: string, language: Language | null, translations: readonly ProceedingsTranslation[], colon: string): Html {
  const original = `<span${langAttr(language)} dir="auto">${escapeHtml(title)}</span>`;
  if (translations.length === 0) return { html: original };
  return { html: `${original}<span class="translations">(${translationsHtml(translations, colon)})</span>` };
}

/**
 * A4, black on white, tables that repeat their heads and groups that do not split across pages
 * when they fit on one. The screen rules only frame the page and show how to print it.
 */
const STYLE = `
:root { color: #111; background: #fff; font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; }
body { max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.9em; margin: 0 0 .2em; }
h2 { font-size: 1.4em; margin: 1.6em 0 .5em; border-bottom: 2px solid #111; padding-bottom: .1em; }
h3 { font-size: 1.15em; margin: 1.2em 0 .3em; }
h4 { font-size: 1em; margin: .8em 0 .2em; }
.subtitle { font-size: 1.1em; margin: 0 0 1em; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15em 1em; margin: 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .5em 0; }
th, td { border: 1px solid #555; padding: .25em .45em; text-align: left; vertical-align: top; }
th { background: #eee; }
td.number { text-align: right; }
thead { display: table-header-group; }
tr, .group { break-inside: avoid; page-break-inside: avoid; }
.group { border-top: 1px solid #bbb; padding-top: .3em; }
.note p { margin: .2em 0; white-space: pre-wrap; }
.empty { font-style: italic; }
.translations { display: block; font-size: .9em; }
.print-hint { border: 1px solid #888; padding: .5em .8em; background: #f4f4f4; }
@media print {
  @page { size: A4; margin: 18mm 16mm; }
  :root { font-size: 10.5pt; }
  body { max-width: none; margin: 0; padding: 0; }
  .print-hint { display: none; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  h2.section { break-before: page; page-break-before: always; }
}
`;

/** Nothing runs in this page and it loads nothing, even when saved and opened from disk. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'";

function table(head: readonly string[], rows: readonly (readonly Cell[])[], numeric: readonly number[] = []): string {
  const th = head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  const tr = rows
    .map((row) => `<tr>${row.map((c, i) => `<td${numeric.includes(i) ? ' class="number"' : ''}>${cellHtml(c)}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table>\n<thead><tr>${th}</tr></thead>\n<tbody>\n${tr}\n</tbody>\n</table>`;
}

const facts = (entries: readonly [string, Exclude<Cell, null>][]) =>
  `<dl class="facts">${entries.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${cellHtml(v)}</dd>`).join('')}</dl>`;

const list = (items: readonly string[]) => `<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;

function groupHtml(p: Proceedings, g: ProceedingsGroup): string {
  const l = p.labels;
  const where = [g.slot, g.space].filter((x) => x !== null).join(', ');
  const parts = [
    `<section class="group">`,
    `<h3${langAttr(g.language)} dir="auto">${escapeHtml(g.title)}</h3>`,
    facts([
      ...(g.translations.length > 0 ? [[l.translations, { html: translationsHtml(g.translations, l.colon) }] as [string, Html]] : []),
      ...(where ? [[l.slot, where] as [string, string]] : []),
      ...(g.theme !== null ? [[l.theme, g.theme] as [string, string]] : []),
      ...(g.conveners.length > 0 ? [[l.conveners, g.conveners.join(', ')] as [string, string]] : []),
      [l.attendees, g.attendees],
    ]),
  ];
  if (g.notes.length > 0) {
    parts.push(`<h4>${escapeHtml(l.notes)}</h4>`);
    for (const note of g.notes) {
      parts.push(`<div class="note"><p><strong>${escapeHtml(note.label)}</strong></p><p>${escapeHtml(note.text)}</p></div>`);
    }
  }
  if (g.proposals.length > 0) parts.push(`<h4>${escapeHtml(l.sections.proposals)}</h4>`, list(g.proposals));
  if (g.nextSteps.length > 0) parts.push(`<h4>${escapeHtml(l.sections.nextSteps)}</h4>`, list(g.nextSteps));
  if (g.notes.length === 0 && g.proposals.length === 0 && g.nextSteps.length === 0) {
    parts.push(`<p class="empty">${escapeHtml(l.noNotes)}</p>`);
  }
  parts.push('</section>');
  return parts.join('\n');
}

/** A standalone page to print or save as PDF: inline stylesheet, no script, no outside resource. */
export function renderPrintHtml(p: Proceedings): string {
  const l = p.labels;
  const empty = (text: string) => `<p class="empty">${escapeHtml(text)}</p>`;
  const body = [
    `<p class="print-hint">${escapeHtml(l.printHint)}</p>`,
    `<header>`,
    `<h1>${escapeHtml(p.title)}</h1>`,
    `<p class="subtitle">${escapeHtml(l.proceedings)}</p>`,
    facts([...(p.question ? [[l.question, p.question] as [string, string]] : []), [l.date, p.date], [l.participants, p.participants]]),
    `</header>`,
    `<h2>${escapeHtml(l.agenda)}</h2>`,
    p.agenda.rows.length > 0 && p.agenda.spaces.length > 0
      ? table([l.slot, ...p.agenda.spaces], p.agenda.rows.map((r) => [r.slot, ...r.cells]))
      : empty(l.noAgenda),
    `<h2 class="section">${escapeHtml(l.groups)}</h2>`,
    ...(p.groups.length > 0 ? p.groups.map((g) => groupHtml(p, g)) : [empty(l.noGroups)]),
    `<h2 class="section">${escapeHtml(l.rankedProposals)}</h2>`,
    p.proposals.length > 0
      ? table([l.rank, l.proposal, l.topic, l.dots], p.proposals.map((x) => [x.rank, x.text, x.topic, x.dots]), [0, 3])
      : empty(l.noProposals),
    `<h2>${escapeHtml(l.topicsWithVotes)}</h2>`,
    p.topics.length > 0
      ? table(
          [l.topic, l.theme, ...(p.includeNames ? [l.conveners] : []), l.dots],
          p.topics.map((t) => [titleHtml(t.title, t.language, t.translations, l.colon), t.theme, ...(p.includeNames ? [t.conveners.join(', ')] : []), t.dots]),
          [p.includeNames ? 3 : 2],
        )
      : empty(l.noTopics),
  ];
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(p.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(`${p.title} — ${l.proceedings}`)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

import type { ExportLabels } from './labels.ts';
import type { Proceedings, ProceedingsGroup } from './proceedings.ts';
import { titleWithTranslations, translationsLine } from './translations.ts';

/**
 * Backslash-escapes what Markdown would read as markup in what people typed (CommonMark lets
 * any ASCII punctuation be escaped), so a title like `<b>*Santé*</b>` prints as written and no
 * inline HTML reaches a renderer. Line-start markers (`#`, `-`, `+`, `1.`) are escaped too, so a
 * line people typed never becomes a heading or a list.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#+-])/gm, '$1\\$2')
    .replace(/^(\s*)(\d+)([.)])/gm, '$1$2\\$3');
}

/** Text on one line (a heading, a field, a table cell, a list item): line breaks become spaces, escaped. */
function inline(text: string | number | null): string {
  if (text === null) return '';
  return escapeMarkdown(String(text).replace(/\s*\n\s*/g, ' '));
}

function table(head: string[], rows: (string | number | null)[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head.map(inline)), line(head.map(() => '---')), ...rows.map((r) => line(r.map(inline)))].join('\n');
}

/** Each non-blank line of what people wrote becomes a paragraph of its own. */
function paragraphs(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .map(escapeMarkdown);
}

const field = (l: ExportLabels, label: string, value: string | number) => `- **${label}${l.colon}** ${inline(value)}`;

const list = (items: readonly string[]) => items.map((item) => `- ${inline(item)}`).join('\n');

/** The book of proceedings as Markdown (CommonMark with GFM tables), one block per line group. */
export function renderMarkdown(p: Proceedings): string {
  const { labels: l } = p;
  const blocks: string[] = [`# ${inline(p.title)}`, l.proceedings];
  blocks.push(
    [...(p.question ? [field(l, l.question, p.question)] : []), field(l, l.date, p.date), field(l, l.participants, p.participants)].join('\n'),
  );

  blocks.push(`## ${l.agenda}`);
  blocks.push(
    p.agenda.rows.length > 0 && p.agenda.spaces.length > 0
      ? table([l.slot, ...p.agenda.spaces], p.agenda.rows.map((r) => [r.slot, ...r.cells]))
      : l.noAgenda,
  );

  blocks.push(`## ${l.groups}`);
  if (p.groups.length === 0) blocks.push(l.noGroups);
  for (const group of p.groups) blocks.push(...groupBlocks(p, group));

  blocks.push(`## ${l.rankedProposals}`);
  blocks.push(
    p.proposals.length > 0
      ? table([l.rank, l.proposal, l.topic, l.dots], p.proposals.map((x) => [x.rank, x.text, x.topic, x.dots]))
      : l.noProposals,
  );

  blocks.push(`## ${l.topicsWithVotes}`);
  const topicHead = [l.topic, l.theme, ...(p.includeNames ? [l.conveners] : []), l.dots];
  blocks.push(
    p.topics.length > 0
      ? table(topicHead, p.topics.map((t) => [titleWithTranslations(t.title, t.translations, l), t.theme, ...(p.includeNames ? [t.conveners.join(', ')] : []), t.dots]))
      : l.noTopics,
  );
  return `${blocks.join('\n\n')}\n`;
}

function groupBlocks(p: Proceedings, g: ProceedingsGroup): string[] {
  const { labels: l } = p;
  const where = [g.slot, g.space].filter((x) => x !== null).join(', ');
  const fields = [
    ...(g.translations.length > 0 ? [field(l, l.translations, translationsLine(g.translations, l))] : []),
    ...(where ? [field(l, l.slot, where)] : []),
    ...(g.theme !== null ? [field(l, l.theme, g.theme)] : []),
    ...(g.conveners.length > 0 ? [field(l, l.conveners, g.conveners.join(', '))] : []),
    field(l, l.attendees, g.attendees),
  ];
  const blocks = [`### ${inline(g.title)}`, fields.join('\n')];
  if (g.notes.length > 0) {
    blocks.push(`#### ${l.notes}`);
    for (const note of g.notes) blocks.push(`**${note.label}**`, ...paragraphs(note.text));
  }
  if (g.proposals.length > 0) blocks.push(`#### ${l.sections.proposals}`, list(g.proposals));
  if (g.nextSteps.length > 0) blocks.push(`#### ${l.sections.nextSteps}`, list(g.nextSteps));
  if (g.notes.length === 0 && g.proposals.length === 0 && g.nextSteps.length === 0) blocks.push(`*${l.noNotes}*`);
  return blocks;
}

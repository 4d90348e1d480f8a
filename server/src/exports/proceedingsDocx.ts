import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { titleWithTranslations, translationsLine, type Proceedings, type ProceedingsGroup } from '@forum-ouvert/shared';

/** A line break inside a paragraph for each newline people typed. */
function runs(text: string, options: { bold?: boolean } = {}): ParagraphChild[] {
  return text.split('\n').map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}), ...options }));
}

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel], pageBreakBefore = false) =>
  new Paragraph({ heading: level, children: runs(text), ...(pageBreakBefore ? { pageBreakBefore: true } : {}) });

const plain = (text: string) => new Paragraph({ children: runs(text) });

const italic = (text: string) => new Paragraph({ children: [new TextRun({ text, italics: true })] });

/** `Label : value` with the label in bold, as in the other formats. */
const field = (p: Proceedings, label: string, value: string | number) =>
  new Paragraph({ children: [new TextRun({ text: `${label}${p.labels.colon} `, bold: true }), ...runs(String(value))] });

const bullets = (items: readonly string[]) => items.map((item) => new Paragraph({ bullet: { level: 0 }, children: runs(item) }));

function table(head: readonly string[], rows: readonly (readonly (string | number | null)[])[]): Table {
  const row = (cells: readonly (string | number | null)[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map(
        (c) => new TableCell({ children: [new Paragraph({ children: c === null ? [] : runs(String(c), { bold: header }) })] }),
      ),
    });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [row(head, true), ...rows.map((r) => row(r, false))] });
}

function groupSection(p: Proceedings, g: ProceedingsGroup): (Paragraph | Table)[] {
  const l = p.labels;
  const where = [g.slot, g.space].filter((x) => x !== null).join(', ');
  const children: (Paragraph | Table)[] = [
    heading(g.title, HeadingLevel.HEADING_2),
    ...(g.translations.length > 0 ? [field(p, l.translations, translationsLine(g.translations, l))] : []),
    ...(where ? [field(p, l.slot, where)] : []),
    ...(g.theme !== null ? [field(p, l.theme, g.theme)] : []),
    ...(g.conveners.length > 0 ? [field(p, l.conveners, g.conveners.join(', '))] : []),
    field(p, l.attendees, g.attendees),
  ];
  if (g.notes.length > 0) {
    children.push(heading(l.notes, HeadingLevel.HEADING_3));
    for (const note of g.notes) children.push(new Paragraph({ children: runs(note.label, { bold: true }) }), plain(note.text));
  }
  if (g.proposals.length > 0) children.push(heading(l.sections.proposals, HeadingLevel.HEADING_3), ...bullets(g.proposals));
  if (g.nextSteps.length > 0) children.push(heading(l.sections.nextSteps, HeadingLevel.HEADING_3), ...bullets(g.nextSteps));
  if (g.notes.length === 0 && g.proposals.length === 0 && g.nextSteps.length === 0) children.push(italic(l.noNotes));
  return children;
}

/**
 * The book of proceedings as a Word document: the same parts as the Markdown, with real
 * headings (so Word builds a table of contents), the programme as a table whose head row
 * repeats on each page, and each group as a section.
 */
export async function proceedingsDocx(p: Proceedings): Promise<Buffer> {
  const l = p.labels;
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: runs(p.title) }),
    plain(l.proceedings),
    ...(p.question ? [field(p, l.question, p.question)] : []),
    field(p, l.date, p.date),
    field(p, l.participants, p.participants),
    heading(l.agenda, HeadingLevel.HEADING_1),
    p.agenda.rows.length > 0 && p.agenda.spaces.length > 0
      ? table([l.slot, ...p.agenda.spaces], p.agenda.rows.map((r) => [r.slot, ...r.cells]))
      : italic(l.noAgenda),
    heading(l.groups, HeadingLevel.HEADING_1, true),
    ...(p.groups.length > 0 ? p.groups.flatMap((g) => groupSection(p, g)) : [italic(l.noGroups)]),
    heading(l.rankedProposals, HeadingLevel.HEADING_1, true),
    p.proposals.length > 0
      ? table([l.rank, l.proposal, l.topic, l.dots], p.proposals.map((x) => [x.rank, x.text, x.topic, x.dots]))
      : italic(l.noProposals),
    heading(l.topicsWithVotes, HeadingLevel.HEADING_1),
    p.topics.length > 0
      ? table(
          [l.topic, l.theme, ...(p.includeNames ? [l.conveners] : []), l.dots],
          p.topics.map((t) => [titleWithTranslations(t.title, t.translations, l), t.theme, ...(p.includeNames ? [t.conveners.join(', ')] : []), t.dots]),
        )
      : italic(l.noTopics),
  ];
  const document = new Document({
    // No author: the default would be a placeholder, and the facilitator's name is not ours to write.
    creator: 'Forum Ouvert',
    lastModifiedBy: 'Forum Ouvert',
    title: p.title,
    description: l.proceedings,
    styles: { default: { document: { run: { language: { value: l.locale } } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}

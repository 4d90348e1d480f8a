import { NOTE_SECTIONS, groupKeyString, proposalsOf, type GroupNotes, type NoteSection } from '../model/notes.ts';
import type { SessionState, Topic } from '../model/session.ts';
import { headcount, orderedSlots } from '../rules/agenda.ts';
import { groupsOfSlot } from '../selectors/breakouts.ts';
import { rankedProposals } from '../selectors/convergence.ts';
import { rankedTopics } from '../selectors/topics.ts';
import type { Language } from '../model/languages.ts';
import { DEFAULT_EXPORT_LANG, labelsFor, type ExportLabels, type ExportLang } from './labels.ts';
import { translationsOf, type ProceedingsTranslation } from './translations.ts';

export interface ProceedingsOptions {
  /**
   * Whether conveners' names (pseudonyms: we never hold more) appear. Off by default in the
   * interface: participants may be refugees, and a book of proceedings travels far.
   */
  includeNames: boolean;
  lang?: ExportLang;
  /** Time zone of the date; the machine's by default (tests pin it). */
  timeZone?: string;
}

export interface ProceedingsTopic {
  title: string;
  /** The language the title was written in, when its proposer's phone said so. */
  language: Language | null;
  /** The title in other languages, added by readers. */
  translations: ProceedingsTranslation[];
  theme: string | null;
  /** Empty unless names were asked for. */
  conveners: string[];
  dots: number;
  /** `09:00–10:00`, or null when the topic is not in the programme. */
  slot: string | null;
  space: string | null;
  /** The group's headcount in its slot, or null when it is not in the programme. */
  attendees: number | null;
}

export interface ProceedingsNote {
  section: NoteSection;
  label: string;
  text: string;
}

export interface ProceedingsGroup {
  title: string;
  language: Language | null;
  translations: ProceedingsTranslation[];
  theme: string | null;
  conveners: string[];
  slot: string | null;
  space: string | null;
  attendees: number;
  /** The free-text sections with some text, in template order (proposals and next steps apart). */
  notes: ProceedingsNote[];
  proposals: string[];
  nextSteps: string[];
}

export interface ProceedingsProposal {
  /** Competition ranking: equal dots share a rank (1, 1, 3). */
  rank: number;
  text: string;
  topic: string | null;
  slot: string | null;
  dots: number;
}

export interface ProceedingsAgenda {
  /** Column heads: the rooms, by name as on their doors. */
  spaces: string[];
  /** One row per slot in time order; a cell holds the title of the topic meeting there. */
  rows: { slot: string; cells: (string | null)[] }[];
}

/** Everything that goes into the book of proceedings, whatever its format. */
export interface Proceedings {
  lang: ExportLang;
  labels: ExportLabels;
  includeNames: boolean;
  title: string;
  question: string;
  /** The session's creation date, written for the language. */
  date: string;
  participants: number;
  agenda: ProceedingsAgenda;
  groups: ProceedingsGroup[];
  proposals: ProceedingsProposal[];
  /** Visible topics, most dots first. */
  topics: ProceedingsTopic[];
}

/** Notes sections printed as text; proposals and next steps are lists of their own. */
const TEXT_SECTIONS = NOTE_SECTIONS.filter((s) => s !== 'proposals' && s !== 'nextSteps');

/**
 * The one place that decides what the proceedings hold, for every format. Privacy rules:
 * no token, key or id ever; conveners' pseudonyms only with `includeNames`; hidden
 * (moderated) topics and their groups are left out. What people typed in their notes is theirs
 * and goes in as written.
 */
export function proceedingsOf(state: SessionState, notes: readonly GroupNotes[], options: ProceedingsOptions): Proceedings {
  const lang = options.lang ?? DEFAULT_EXPORT_LANG;
  const labels = labelsFor(lang);
  const visible = (topicId: string): Topic | undefined => {
    const topic = state.topics[topicId];
    return topic && !topic.hidden ? topic : undefined;
  };
  const conveners = (topic: Topic) => (options.includeNames ? convenersOf(state, topic) : []);
  const themeOf = (topic: Topic) => state.themes.find((t) => t.id === topic.themeId)?.name ?? null;
  const slotLabel = (slotId: string) => {
    const slot = state.slots[slotId];
    return slot ? `${slot.start}–${slot.end}` : null;
  };
  const cellOf = (topicId: string) => {
    const cell = state.agenda.placements[topicId];
    return cell ? { slot: slotLabel(cell.slotId), space: state.spaces[cell.spaceId]?.name ?? null, slotId: cell.slotId } : null;
  };
  const tally = (topicId: string) => state.tallies?.[topicId] ?? 0;

  const notesByGroup = new Map(notes.map((n) => [groupKeyString(n), n]));
  const group = (slotId: string, topic: Topic, space: string | null): ProceedingsGroup => {
    const found = notesByGroup.get(groupKeyString({ slotId, topicId: topic.id }));
    const text = (section: NoteSection) => found?.sections[section].trim() ?? '';
    return {
      title: topic.title,
      language: topic.language,
      translations: translationsOf(topic),
      theme: themeOf(topic),
      conveners: conveners(topic),
      slot: slotLabel(slotId),
      space,
      attendees: headcount(state, slotId, topic.id),
      notes: TEXT_SECTIONS.flatMap((section) => (text(section) ? [{ section, label: labels.sections[section], text: text(section) }] : [])),
      proposals: proposalsOf(text('proposals')),
      nextSteps: proposalsOf(text('nextSteps')),
    };
  };

  const slots = orderedSlots(state);
  const placed = new Set<string>();
  const groups = slots.flatMap((slot) =>
    groupsOfSlot(state, slot.id).flatMap((g) => {
      const topic = visible(g.topicId);
      if (!topic) return [];
      placed.add(groupKeyString({ slotId: slot.id, topicId: topic.id }));
      return [group(slot.id, topic, state.spaces[g.spaceId]?.name ?? null)];
    }),
  );
  // A group that met and wrote notes, then left the grid (the agenda changed), keeps its notes.
  const slotRank = new Map(slots.map((s, i) => [s.id, i]));
  const leftovers = notes
    .filter((n) => !placed.has(groupKeyString(n)) && visible(n.topicId))
    .sort((a, b) => (slotRank.get(a.slotId) ?? slots.length) - (slotRank.get(b.slotId) ?? slots.length));
  for (const n of leftovers) {
    const topic = visible(n.topicId);
    if (topic) groups.push(group(n.slotId, topic, null));
  }

  const spaces = Object.values(state.spaces).sort(
    (a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }) || a.id.localeCompare(b.id),
  );
  const agenda: ProceedingsAgenda = {
    spaces: spaces.map((s) => s.name),
    rows: slots.map((slot) => ({
      slot: `${slot.start}–${slot.end}`,
      cells: spaces.map((space) => {
        const entry = Object.entries(state.agenda.placements).find(([, c]) => c.slotId === slot.id && c.spaceId === space.id);
        return (entry && visible(entry[0])?.title) ?? null;
      }),
    })),
  };

  const ranked = rankedProposals(state);
  const proposals = ranked.map(({ proposal, dots }, index): ProceedingsProposal => ({
    rank: competitionRank(ranked.map((r) => r.dots), index),
    text: proposal.text,
    topic: visible(proposal.topicId)?.title ?? null,
    slot: slotLabel(proposal.slotId),
    dots,
  }));

  const topics = rankedTopics(state).map((topic): ProceedingsTopic => {
    const cell = cellOf(topic.id);
    return {
      title: topic.title,
      language: topic.language,
      translations: translationsOf(topic),
      theme: themeOf(topic),
      conveners: conveners(topic),
      dots: tally(topic.id),
      slot: cell?.slot ?? null,
      space: cell?.space ?? null,
      attendees: cell ? headcount(state, cell.slotId, topic.id) : null,
    };
  });

  return {
    lang,
    labels,
    includeNames: options.includeNames,
    title: state.title,
    question: state.question,
    date: formatDate(state.createdAt, labels.locale, options.timeZone),
    participants: state.participantCount,
    agenda,
    groups,
    proposals,
    topics,
  };
}

/** Pseudonyms of a topic's proposers (a merged topic has several), skipping any left blank. */
function convenersOf(state: SessionState, topic: Topic): string[] {
  return topic.proposerIds.flatMap((id) => {
    const name = state.participants[id]?.pseudonym.trim();
    return name ? [name] : [];
  });
}

/** Rank of `index` in a list sorted by descending score: one more than how many score higher. */
function competitionRank(scores: readonly number[], index: number): number {
  const score = scores[index] ?? 0;
  return scores.filter((s) => s > score).length + 1;
}

export function formatDate(at: number, locale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', ...(timeZone ? { timeZone } : {}) }).format(at);
}

/** `YYYY-MM-DD` of the same day as `formatDate`, for file names. */
export function isoDate(at: number, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', ...(timeZone ? { timeZone } : {}) })
    .formatToParts(at)
    .reduce<Record<string, string>>((acc, p) => ({ ...acc, [p.type]: p.value }), {});
  return `${parts['year']}-${parts['month']}-${parts['day']}`;
}

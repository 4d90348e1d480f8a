import type { Language } from '../model/languages.ts';
import { sessionCreated, type CreateSession } from '../commands/createSession.ts';
import type { EventOf, StoredEvent } from '../events/events.ts';
import type { Cell, GroupMode, Space } from '../model/agenda.ts';
import type { Actor } from '../model/actor.ts';
import type { PhaseId } from '../model/phase.ts';
import { DEFAULT_VOTE_SETTINGS, type VoteSettings } from '../model/settings.ts';

/** A fixed clock: tests never read the real one. */
export const T0 = Date.UTC(2025, 5, 14, 9, 0);
/** The moment a command under test is decided. */
export const NOW = T0 + 60_000;

export const SESSION_ID = 'session1';
export const CODE = 'ABC234';
/** Themes of the default session; `created()` names them th1 and th2. */
export const THEMES: CreateSession['themes'] = [
  { name: 'Santé', icon: 'health' },
  { name: 'Logement', icon: 'housing' },
];

export const FACILITATOR: Actor = { role: 'facilitator' };
export const PROJECTOR: Actor = { role: 'projector' };
export function participant(participantId: string): Actor {
  return { role: 'participant', participantId };
}

/** Deterministic ids: one counter per prefix, `prefix + n`, optionally with a tag (`t_new1`). */
export function counterIds(tag = ''): (prefix: string) => string {
  const counts = new Map<string, number>();
  return (prefix) => {
    const n = (counts.get(prefix) ?? 0) + 1;
    counts.set(prefix, n);
    return `${prefix}${tag}${n}`;
  };
}

export function created(input: Partial<CreateSession> = {}): EventOf<'SessionCreated'> {
  const event = sessionCreated(
    { title: 'Forum ouvert', question: 'Que faire ensemble ?', themes: THEMES, ...input },
    { sessionId: SESSION_ID, code: CODE, now: T0, newId: counterIds() },
  );
  if (event.type !== 'SessionCreated') throw new Error('sessionCreated must create a session');
  return event;
}

/** Event builders, so that a `given` reads like the story it tells. */
export const ev = {
  joined: (participantId: string, pseudonym = participantId): EventOf<'ParticipantJoined'> => ({
    type: 'ParticipantJoined',
    participantId,
    pseudonym,
    paper: false,
    at: T0,
  }),
  paperJoined: (participantId: string, pseudonym = participantId): EventOf<'ParticipantJoined'> => ({
    type: 'ParticipantJoined',
    participantId,
    pseudonym,
    paper: true,
    at: T0,
  }),
  phase: (phase: PhaseId): EventOf<'PhaseChanged'> => ({ type: 'PhaseChanged', phase }),
  settings: (settings: Partial<VoteSettings>): EventOf<'VoteSettingsChanged'> => ({
    type: 'VoteSettingsChanged',
    settings: { ...DEFAULT_VOTE_SETTINGS, ...settings },
  }),
  revealed: (): EventOf<'TalliesRevealed'> => ({ type: 'TalliesRevealed' }),
  talliesHidden: (): EventOf<'TalliesHidden'> => ({ type: 'TalliesHidden' }),
  proposed: (
    topicId: string,
    proposerId: string,
    more: Partial<Pick<EventOf<'TopicProposed'>, 'title' | 'description' | 'themeId' | 'enteredByFacilitator' | 'language'>> = {},
  ): EventOf<'TopicProposed'> => ({
    type: 'TopicProposed',
    topicId,
    title: `Topic ${topicId}`,
    description: '',
    themeId: null,
    proposerId,
    enteredByFacilitator: false,
    at: T0,
    language: null,
    ...more,
  }),
  translated: (topicId: string, language: Language, translatorId: string | null, title = `${language} ${topicId}`): EventOf<'TopicTranslated'> => ({
    type: 'TopicTranslated',
    topicId,
    language,
    title,
    translatorId,
    at: T0,
  }),
  edited: (topicId: string, title: string, byFacilitator = false): EventOf<'TopicEdited'> => ({
    type: 'TopicEdited',
    topicId,
    title,
    description: '',
    themeId: null,
    byFacilitator,
  }),
  withdrawn: (topicId: string): EventOf<'TopicWithdrawn'> => ({ type: 'TopicWithdrawn', topicId }),
  hidden: (topicId: string): EventOf<'TopicHidden'> => ({ type: 'TopicHidden', topicId }),
  restored: (topicId: string): EventOf<'TopicRestored'> => ({ type: 'TopicRestored', topicId }),
  merged: (
    sourceId: string,
    targetId: string,
    refunds: EventOf<'TopicsMerged'>['refunds'] = [],
  ): EventOf<'TopicsMerged'> => ({
    type: 'TopicsMerged',
    sourceId,
    targetId,
    refunds,
    refundTotal: refunds.reduce((sum, r) => sum + r.count, 0),
  }),
  dot: (participantId: string, topicId: string, byFacilitator = false): EventOf<'DotPlaced'> => ({
    type: 'DotPlaced',
    participantId,
    topicId,
    byFacilitator,
  }),
  undot: (participantId: string, topicId: string, byFacilitator = false): EventOf<'DotRemoved'> => ({
    type: 'DotRemoved',
    participantId,
    topicId,
    byFacilitator,
  }),
  spaceAdded: (id: string, name: string, capacity: number, more: Partial<Omit<Space, 'id' | 'name' | 'capacity'>> = {}): EventOf<'SpaceAdded'> => ({
    type: 'SpaceAdded',
    space: { id, name, capacity, language: '', interpreter: false, ...more },
  }),
  spaceUpdated: (id: string, name: string, capacity: number, more: Partial<Omit<Space, 'id' | 'name' | 'capacity'>> = {}): EventOf<'SpaceUpdated'> => ({
    type: 'SpaceUpdated',
    space: { id, name, capacity, language: '', interpreter: false, ...more },
  }),
  spaceRemoved: (spaceId: string): EventOf<'SpaceRemoved'> => ({ type: 'SpaceRemoved', spaceId }),
  slotAdded: (id: string, start: string, end: string): EventOf<'SlotAdded'> => ({ type: 'SlotAdded', slot: { id, start, end } }),
  slotUpdated: (id: string, start: string, end: string): EventOf<'SlotUpdated'> => ({ type: 'SlotUpdated', slot: { id, start, end } }),
  slotRemoved: (slotId: string): EventOf<'SlotRemoved'> => ({ type: 'SlotRemoved', slotId }),
  /** `ev.agenda(['t1', 'sl1', 'sp1'], ['t2', 'sl1', 'sp2'])`: topic, slot, space. */
  agenda: (...cells: [topicId: string, slotId: string, spaceId: string][]): EventOf<'AgendaProposed'> => ({
    type: 'AgendaProposed',
    placements: cells.map(([topicId, slotId, spaceId]) => ({ topicId, slotId, spaceId })),
    conflicts: 0,
  }),
  topicMoved: (topicId: string, to: Cell | null, swappedTopicId: string | null = null): EventOf<'TopicMoved'> => ({
    type: 'TopicMoved',
    topicId,
    to,
    swappedTopicId,
  }),
  locked: (topicId: string, locked = true): EventOf<'TopicLockChanged'> => ({ type: 'TopicLockChanged', topicId, locked }),
  published: (published = true): EventOf<'AgendaPublished'> => ({ type: 'AgendaPublished', published }),
  groupMode: (mode: GroupMode): EventOf<'GroupModeChanged'> => ({ type: 'GroupModeChanged', mode }),
  /** The app's groups; headcounts are counted from the assignments, as decide does. */
  assigned: (assignments: Record<string, Record<string, string>>): EventOf<'GroupsAssigned'> => ({
    type: 'GroupsAssigned',
    assignments,
    headcounts: Object.fromEntries(
      Object.entries(assignments).map(([slotId, bySlot]) => {
        const counts: Record<string, number> = {};
        for (const topicId of Object.values(bySlot)) counts[topicId] = (counts[topicId] ?? 0) + 1;
        return [slotId, counts];
      }),
    ),
  }),
  groupJoined: (
    participantId: string,
    slotId: string,
    topicId: string,
    fromTopicId: string | null = null,
    via: EventOf<'GroupJoined'>['via'] = 'self',
  ): EventOf<'GroupJoined'> => ({ type: 'GroupJoined', participantId, slotId, topicId, fromTopicId, via }),
  groupLeft: (
    participantId: string,
    slotId: string,
    fromTopicId: string,
    via: EventOf<'GroupLeft'>['via'] = 'self',
  ): EventOf<'GroupLeft'> => ({ type: 'GroupLeft', participantId, slotId, fromTopicId, via }),
  timerStarted: (endsAt: number, slotId: string | null = null): EventOf<'TimerStarted'> => ({ type: 'TimerStarted', timer: { endsAt, slotId } }),
  timerStopped: (): EventOf<'TimerStopped'> => ({ type: 'TimerStopped' }),
  currentSlot: (slotId: string | null): EventOf<'CurrentSlotChanged'> => ({ type: 'CurrentSlotChanged', slotId }),
  spotlight: (topicId: string | null): EventOf<'SpotlightChanged'> => ({ type: 'SpotlightChanged', topicId }),
  notesPublished: (published = true): EventOf<'NotesPublished'> => ({ type: 'NotesPublished', published }),
  /** `ev.convergenceOpened(['pr1', 'sl1', 't1'], ...)`: proposal, slot, topic (and text, `Proposal pr1` by default). */
  convergenceOpened: (...proposals: [id: string, slotId: string, topicId: string, text?: string][]): EventOf<'ConvergenceOpened'> => ({
    type: 'ConvergenceOpened',
    proposals: proposals.map(([id, slotId, topicId, text = `Proposal ${id}`]) => ({ id, slotId, topicId, text })),
  }),
  convergenceClosed: (): EventOf<'ConvergenceClosed'> => ({ type: 'ConvergenceClosed' }),
  convergenceRevealed: (): EventOf<'ConvergenceRevealed'> => ({ type: 'ConvergenceRevealed' }),
  convergenceHidden: (): EventOf<'ConvergenceHidden'> => ({ type: 'ConvergenceHidden' }),
  proposalDot: (participantId: string, proposalId: string, byFacilitator = false): EventOf<'ProposalDotPlaced'> => ({
    type: 'ProposalDotPlaced',
    participantId,
    proposalId,
    byFacilitator,
  }),
  proposalUndot: (participantId: string, proposalId: string, byFacilitator = false): EventOf<'ProposalDotRemoved'> => ({
    type: 'ProposalDotRemoved',
    participantId,
    proposalId,
    byFacilitator,
  }),
} satisfies Record<string, (...args: never[]) => StoredEvent>;

/** `n` dots of one person on one topic. */
export function dots(participantId: string, topicId: string, n: number): StoredEvent[] {
  return Array.from({ length: n }, () => ev.dot(participantId, topicId));
}

import { sessionCreated, type CreateSession } from '../commands/createSession.ts';
import type { EventOf, StoredEvent } from '../events/events.ts';
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
    more: Partial<Pick<EventOf<'TopicProposed'>, 'title' | 'description' | 'themeId' | 'enteredByFacilitator'>> = {},
  ): EventOf<'TopicProposed'> => ({
    type: 'TopicProposed',
    topicId,
    title: `Topic ${topicId}`,
    description: '',
    themeId: null,
    proposerId,
    enteredByFacilitator: false,
    at: T0,
    ...more,
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
} satisfies Record<string, (...args: never[]) => StoredEvent>;

/** `n` dots of one person on one topic. */
export function dots(participantId: string, topicId: string, n: number): StoredEvent[] {
  return Array.from({ length: n }, () => ev.dot(participantId, topicId));
}

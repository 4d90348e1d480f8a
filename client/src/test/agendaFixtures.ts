import { viewOf, type GroupMode, type PhaseId, type SessionState, type StoredEvent } from '@forum-ouvert/shared';
import { created, joined, proposed, sessionFrom } from './fixtures.ts';

/** Agenda and breakout events for component tests; sessions are still built only through `evolve`. */
export const toPhase = (phase: PhaseId): StoredEvent => ({ type: 'PhaseChanged', phase });

export const spaceAdded = (id: string, name: string, capacity: number, language = '', interpreter = false): StoredEvent => ({
  type: 'SpaceAdded',
  space: { id, name, capacity, language, interpreter },
});

export const slotAdded = (id: string, start: string, end: string): StoredEvent => ({ type: 'SlotAdded', slot: { id, start, end } });

export const agendaProposed = (placements: Record<string, [slotId: string, spaceId: string]>): StoredEvent => ({
  type: 'AgendaProposed',
  placements: Object.entries(placements).map(([topicId, [slotId, spaceId]]) => ({ topicId, slotId, spaceId })),
  conflicts: 0,
});

export const published = (value = true): StoredEvent => ({ type: 'AgendaPublished', published: value });
export const groupMode = (mode: GroupMode): StoredEvent => ({ type: 'GroupModeChanged', mode });

export const groupJoined = (participantId: string, slotId: string, topicId: string, fromTopicId: string | null = null): StoredEvent => ({
  type: 'GroupJoined',
  participantId,
  slotId,
  topicId,
  fromTopicId,
  via: 'self',
});

export const timerStarted = (endsAt: number, slotId: string | null = null): StoredEvent => ({ type: 'TimerStarted', timer: { endsAt, slotId } });
export const currentSlot = (slotId: string | null): StoredEvent => ({ type: 'CurrentSlotChanged', slotId });
export const spotlightOn = (topicId: string | null): StoredEvent => ({ type: 'SpotlightChanged', topicId });

/**
 * Two slots (added afternoon first, so order must come from the times), two spaces:
 * Salle Iroise (30 seats, French + Arabic, interpreter) and Jardin (2 seats).
 * 10:00 t1 (Amina) in Iroise, t2 (Lucas) in Jardin; 14:00 t3 (Sara) in Iroise, t4 (Lucas) in Jardin.
 */
export const PROGRAMME = [
  joined('p1', 'Amina'),
  joined('p2', 'Lucas'),
  joined('p3', 'Sara'),
  proposed('t1', 'p1', 'th1'),
  proposed('t2', 'p2', 'th2'),
  proposed('t3', 'p3', null),
  proposed('t4', 'p2', 'th1'),
  toPhase('agenda'),
  spaceAdded('sp1', 'Salle Iroise', 30, 'Français + arabe', true),
  spaceAdded('sp2', 'Jardin', 2, 'Français'),
  slotAdded('sl2', '14:00', '15:00'),
  slotAdded('sl1', '10:00', '11:00'),
  agendaProposed({ t1: ['sl1', 'sp1'], t2: ['sl1', 'sp2'], t3: ['sl2', 'sp1'], t4: ['sl2', 'sp2'] }),
] as const;

export function fullSession(...more: StoredEvent[]): SessionState {
  return sessionFrom(created(), ...PROGRAMME, ...more);
}

/** What participant `me` holds: their own group lines only, everyone's headcounts. */
export function participantView(me: string, ...more: StoredEvent[]): SessionState {
  return viewOf(fullSession(...more), { role: 'participant', participantId: me });
}

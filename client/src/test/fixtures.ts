import {
  DEFAULT_VOTE_SETTINGS,
  evolve,
  initialState,
  type SessionCreated,
  type SessionState,
  type StoredEvent,
  type VoteSettings,
} from '@forum-ouvert/shared';

/** Sessions for tests are built the only way real ones are: by applying events with `evolve`. */
export function created(settings: Partial<VoteSettings> = {}): SessionCreated {
  return {
    type: 'SessionCreated',
    sessionId: 's1',
    code: 'ABCDEF',
    title: 'Atelier test',
    question: 'De quoi voulons-nous parler ?',
    themes: [
      { id: 'th1', name: 'Santé', icon: 'health' },
      { id: 'th2', name: 'Logement', icon: 'housing' },
    ],
    settings: { ...DEFAULT_VOTE_SETTINGS, ...settings },
    at: 0,
  };
}

export function sessionFrom(first: SessionCreated, ...events: StoredEvent[]): SessionState {
  let state = evolve(initialState(first), first, 1);
  events.forEach((event, i) => {
    state = evolve(state, event, i + 2);
  });
  return state;
}

export const joined = (participantId: string, pseudonym = participantId, paper = false): StoredEvent => ({
  type: 'ParticipantJoined',
  participantId,
  pseudonym,
  paper,
  at: 0,
});

export const proposed = (topicId: string, proposerId: string, themeId: string | null = 'th1'): StoredEvent => ({
  type: 'TopicProposed',
  topicId,
  title: `Sujet ${topicId}`,
  description: '',
  themeId,
  proposerId,
  enteredByFacilitator: false,
  at: 0,
});

export const phase = (to: 'lobby' | 'marketplace' | 'voting'): StoredEvent => ({ type: 'PhaseChanged', phase: to });

export const dot = (participantId: string, topicId: string): StoredEvent => ({
  type: 'DotPlaced',
  participantId,
  topicId,
  byFacilitator: false,
});

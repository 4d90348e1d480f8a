import { assertNever } from '../assertNever.ts';
import type { Dots, SessionState, Topic } from '../model/session.ts';
import type { EventOf, SessionCreated, SessionEvent } from './events.ts';

/** The state a session starts from: the only way to get one is its creation event. */
export function initialState(event: SessionCreated): SessionState {
  return {
    id: event.sessionId,
    code: event.code,
    title: event.title,
    question: event.question,
    createdAt: event.at,
    themes: event.themes,
    phase: 'lobby',
    settings: event.settings,
    talliesRevealed: false,
    participants: {},
    topics: {},
    dots: {},
    tallies: {},
    version: 0,
  };
}

/**
 * The only way a session changes, on the server and on every client. Pure: it
 * never reads the clock nor makes ids, so replaying a log gives the same state.
 * `seq` is the event's place in the stream; the state's version follows it.
 */
export function evolve(state: SessionState, event: SessionEvent, seq: number): SessionState {
  return { ...apply(state, event), version: seq };
}

function apply(state: SessionState, event: SessionEvent): SessionState {
  switch (event.type) {
    case 'SessionCreated':
      return initialState(event);
    case 'ParticipantJoined':
      return {
        ...state,
        participants: {
          ...state.participants,
          [event.participantId]: {
            id: event.participantId,
            pseudonym: event.pseudonym,
            joinedAt: event.at,
            paper: event.paper,
          },
        },
      };
    case 'PhaseChanged':
      return { ...state, phase: event.phase };
    case 'VoteSettingsChanged':
      return { ...state, settings: event.settings };
    case 'TalliesRevealed':
      return { ...state, talliesRevealed: true };
    case 'TalliesHidden':
      return { ...state, talliesRevealed: false };
    case 'TopicProposed':
      return {
        ...state,
        topics: {
          ...state.topics,
          [event.topicId]: {
            id: event.topicId,
            title: event.title,
            description: event.description,
            themeId: event.themeId,
            proposerIds: [event.proposerId],
            wordings: [{ title: event.title, description: event.description, proposerId: event.proposerId }],
            hidden: false,
            enteredByFacilitator: event.enteredByFacilitator,
            createdAt: event.at,
          },
        },
      };
    case 'TopicEdited':
      return updateTopic(state, event.topicId, (t) => ({
        ...t,
        title: event.title,
        description: event.description,
        themeId: event.themeId,
      }));
    case 'TopicWithdrawn':
      return removeTopic(state, event.topicId);
    case 'TopicHidden':
      // Hiding gives the topic's dots back to their owners: nobody keeps a dot they cannot see.
      return clearDotsOn(updateTopic(state, event.topicId, (t) => ({ ...t, hidden: true })), event.topicId);
    case 'TopicRestored':
      return updateTopic(state, event.topicId, (t) => ({ ...t, hidden: false }));
    case 'TopicsMerged':
      return mergeTopics(state, event);
    case 'DotPlaced':
      return changeDots(state, event.participantId, event.topicId, +1);
    case 'DotRemoved':
      return changeDots(state, event.participantId, event.topicId, -1);
    case 'TallyChanged':
      return { ...state, tallies: addTally(state.tallies, event.topicId, event.delta) };
    default:
      return assertNever(event);
  }
}

function updateTopic(state: SessionState, topicId: string, change: (topic: Topic) => Topic): SessionState {
  const topic = state.topics[topicId];
  if (!topic) return state;
  return { ...state, topics: { ...state.topics, [topicId]: change(topic) } };
}

function removeTopic(state: SessionState, topicId: string): SessionState {
  const { [topicId]: _removed, ...topics } = clearDotsOn(state, topicId).topics;
  return { ...clearDotsOn(state, topicId), topics };
}

function clearDotsOn(state: SessionState, topicId: string): SessionState {
  const dots: Dots = {};
  for (const [participantId, perTopic] of Object.entries(state.dots)) {
    const { [topicId]: _cleared, ...rest } = perTopic;
    if (Object.keys(rest).length > 0) dots[participantId] = rest;
  }
  return { ...state, dots, tallies: withoutKey(state.tallies, topicId) };
}

function changeDots(state: SessionState, participantId: string, topicId: string, delta: number): SessionState {
  const perTopic = setCount(state.dots[participantId] ?? {}, topicId, (state.dots[participantId]?.[topicId] ?? 0) + delta);
  // Someone with no dot left has no entry, as after a hide or a merge: one shape for one meaning.
  const { [participantId]: _previous, ...others } = state.dots;
  const dots = Object.keys(perTopic).length > 0 ? { ...others, [participantId]: perTopic } : others;
  return { ...state, dots, tallies: addTally(state.tallies, topicId, delta) };
}

function mergeTopics(state: SessionState, event: EventOf<'TopicsMerged'>): SessionState {
  const source = state.topics[event.sourceId];
  const target = state.topics[event.targetId];
  if (!source || !target) return state;
  const refundOf = new Map(event.refunds.map((r) => [r.participantId, r.count]));
  const dots: Dots = {};
  for (const [participantId, perTopic] of Object.entries(state.dots)) {
    const moved = (perTopic[event.sourceId] ?? 0) + (perTopic[event.targetId] ?? 0) - (refundOf.get(participantId) ?? 0);
    const { [event.sourceId]: _moved, ...rest } = perTopic;
    const next = setCount(rest, event.targetId, moved);
    if (Object.keys(next).length > 0) dots[participantId] = next;
  }
  const merged: Topic = {
    ...target,
    proposerIds: [...target.proposerIds, ...source.proposerIds.filter((id) => !target.proposerIds.includes(id))],
    wordings: [...target.wordings, ...source.wordings],
  };
  const { [event.sourceId]: _source, ...topics } = state.topics;
  let tallies = state.tallies;
  if (tallies) {
    const total = (tallies[event.targetId] ?? 0) + (tallies[event.sourceId] ?? 0) - event.refundTotal;
    tallies = addTally(withoutKey(withoutKey(tallies, event.sourceId), event.targetId), event.targetId, total);
  }
  return { ...state, topics: { ...topics, [event.targetId]: merged }, dots, tallies };
}

function setCount(perTopic: Record<string, number>, topicId: string, count: number): Record<string, number> {
  if (count > 0) return { ...perTopic, [topicId]: count };
  const { [topicId]: _gone, ...rest } = perTopic;
  return rest;
}

function addTally(tallies: Record<string, number> | null, topicId: string, delta: number) {
  if (!tallies) return null;
  const count = (tallies[topicId] ?? 0) + delta;
  return count > 0 ? { ...tallies, [topicId]: count } : withoutKey(tallies, topicId);
}

function withoutKey(tallies: Record<string, number> | null, key: string) {
  if (!tallies || !(key in tallies)) return tallies;
  const { [key]: _gone, ...rest } = tallies;
  return rest;
}

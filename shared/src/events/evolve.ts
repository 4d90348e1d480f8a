import { assertNever } from '../assertNever.ts';
import { EMPTY_CONVERGENCE, type Dots, type SessionState, type Topic } from '../model/session.ts';
import { EMPTY_AGENDA, EMPTY_BREAKOUTS } from '../model/agenda.ts';
import { addTally, changeBallot, setCount, withoutKey } from './ballot.ts';
import type { EventOf, SessionCreated, SessionEvent } from './events.ts';
import { changeProposalDots, changeProposalTally, openConvergence, setConvergence } from './evolveConvergence.ts';
import {
  addSlot,
  addSpace,
  assignGroups,
  lockTopic,
  moveMember,
  moveTopic,
  proposeAgenda,
  pruneAgenda,
  removeSlot,
  removeSpace,
} from './evolveAgenda.ts';

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
    participantCount: 0,
    topics: {},
    dots: {},
    tallies: {},
    spaces: {},
    slots: {},
    agenda: EMPTY_AGENDA,
    breakouts: EMPTY_BREAKOUTS,
    notesPublished: false,
    convergence: EMPTY_CONVERGENCE,
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
            named: false,
          },
        },
        participantCount: state.participantCount + 1,
      };
    case 'ParticipantCounted':
      return { ...state, participantCount: state.participantCount + 1 };
    case 'ConvenerNamed':
      return apply({ ...state, participants: { ...state.participants, [event.topic.proposerId]: event.proposer } }, event.topic);
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
        participants: named(state.participants, event.proposerId),
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
            language: event.language ?? null,
            translations: {},
          },
        },
      };
    case 'TopicEdited':
      return updateTopic(state, event.topicId, (t) => ({
        ...t,
        title: event.title,
        description: event.description,
        themeId: event.themeId,
        language: event.language === undefined ? t.language : event.language,
        // A translation of the old title would now say something else.
        translations: event.title === t.title ? t.translations : {},
      }));
    case 'TopicTranslated':
      return updateTopic(state, event.topicId, (t) => ({
        ...t,
        translations: { ...t.translations, [event.language]: { title: event.title, translatorId: event.translatorId, at: event.at } },
      }));
    case 'TopicTranslationRemoved':
      return updateTopic(state, event.topicId, (t) => {
        const { [event.language]: _removed, ...translations } = t.translations;
        return { ...t, translations };
      });
    case 'TopicWithdrawn':
      return pruneAgenda(removeTopic(state, event.topicId));
    case 'TopicHidden':
      // Hiding gives the topic's dots back to their owners: nobody keeps a dot they cannot see.
      return pruneAgenda(clearDotsOn(updateTopic(state, event.topicId, (t) => ({ ...t, hidden: true })), event.topicId));
    case 'TopicRestored':
      return updateTopic(state, event.topicId, (t) => ({ ...t, hidden: false }));
    case 'TopicsMerged':
      return pruneAgenda(mergeTopics(state, event));
    case 'DotPlaced':
      return changeDots(state, event.participantId, event.topicId, +1);
    case 'DotRemoved':
      return changeDots(state, event.participantId, event.topicId, -1);
    case 'TallyChanged':
      return { ...state, tallies: addTally(state.tallies, event.topicId, event.delta) };
    case 'SpaceAdded':
    case 'SpaceUpdated':
      return addSpace(state, event);
    case 'SpaceRemoved':
      return removeSpace(state, event.spaceId);
    case 'SlotAdded':
    case 'SlotUpdated':
      return addSlot(state, event);
    case 'SlotRemoved':
      return removeSlot(state, event.slotId);
    case 'AgendaProposed':
      return proposeAgenda(state, event);
    case 'TopicMoved':
      return moveTopic(state, event);
    case 'TopicLockChanged':
      return lockTopic(state, event);
    case 'AgendaPublished':
      return { ...state, agenda: { ...state.agenda, published: event.published } };
    case 'GroupModeChanged':
      return { ...state, breakouts: { ...state.breakouts, mode: event.mode } };
    case 'GroupsAssigned':
      return assignGroups(state, event);
    case 'GroupJoined':
      return moveMember(state, { ...event, toTopicId: event.topicId });
    case 'GroupLeft':
      return moveMember(state, { ...event, toTopicId: null });
    case 'HeadcountsMoved':
      return moveMember(state, { ...event, participantId: null });
    case 'TimerStarted':
      return { ...state, breakouts: { ...state.breakouts, timer: event.timer } };
    case 'TimerStopped':
      return { ...state, breakouts: { ...state.breakouts, timer: null } };
    case 'CurrentSlotChanged':
      return { ...state, breakouts: { ...state.breakouts, currentSlotId: event.slotId } };
    case 'SpotlightChanged':
      return { ...state, breakouts: { ...state.breakouts, spotlightTopicId: event.topicId } };
    case 'NotesPublished':
      return { ...state, notesPublished: event.published };
    case 'ConvergenceOpened':
      return openConvergence(state, event);
    case 'ConvergenceClosed':
      return setConvergence(state, { status: 'closed' });
    case 'ConvergenceRevealed':
      return setConvergence(state, { revealed: true });
    case 'ConvergenceHidden':
      return setConvergence(state, { revealed: false });
    case 'ProposalDotPlaced':
      return changeProposalDots(state, event.participantId, event.proposalId, +1);
    case 'ProposalDotRemoved':
      return changeProposalDots(state, event.participantId, event.proposalId, -1);
    case 'ProposalTallyChanged':
      return changeProposalTally(state, event.proposalId, event.delta);
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
  return { ...state, ...changeBallot(state, participantId, topicId, delta) };
}

/** Proposing names a person from then on (a reader who does not know them learns them by ConvenerNamed). */
function named(participants: SessionState['participants'], participantId: string): SessionState['participants'] {
  const participant = participants[participantId];
  return participant && !participant.named ? { ...participants, [participantId]: { ...participant, named: true } } : participants;
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

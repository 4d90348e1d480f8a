import type { SessionEvent, StoredEvent } from '../events/events.ts';
import type { Actor } from '../model/actor.ts';
import type { Dots, SessionState } from '../model/session.ts';
import { convergenceTalliesVisibleTo, talliesVisibleTo } from '../rules/visibility.ts';

/**
 * What one reader may know. Facilitators see everything; everyone else sees
 * their own dots only, tallies only once they are visible to them, and the pseudonyms
 * of conveners and their own only. Secret dots stay secret because the server never
 * sends them, not because a screen hides them.
 */
export function viewOf(state: SessionState, viewer: Actor): SessionState {
  if (viewer.role === 'facilitator') return state;
  return {
    ...state,
    participants: knownTo(state.participants, viewer),
    dots: ownDots(state.dots, viewer),
    tallies: talliesVisibleTo(state, viewer) ? state.tallies : null,
    convergence: {
      ...state.convergence,
      dots: ownDots(state.convergence.dots, viewer),
      tallies: convergenceTalliesVisibleTo(state, viewer) ? state.convergence.tallies : null,
    },
    breakouts: {
      ...state.breakouts,
      members: viewer.role === 'participant' ? ownLines(state.breakouts.members, viewer.participantId) : {},
    },
  };
}

/** The named (conveners), and the reader themself. */
function knownTo(participants: SessionState['participants'], viewer: Actor): SessionState['participants'] {
  const self = viewer.role === 'participant' ? viewer.participantId : undefined;
  const known: SessionState['participants'] = {};
  // for…in, not Object.entries: every phone's first sync runs this over the whole room.
  for (const id in participants) {
    const participant = participants[id];
    if (participant && (participant.named || id === self)) known[id] = participant;
  }
  return known;
}

/** A participant's own dots of a ballot; nobody else's, and none at all for a projector. */
function ownDots(dots: Dots, viewer: Actor): Dots {
  const own = viewer.role === 'participant' ? dots[viewer.participantId] : undefined;
  return own && viewer.role === 'participant' ? { [viewer.participantId]: own } : {};
}

/** Only this participant's line in each slot: who sits in which group is nobody else's business. */
function ownLines(members: Record<string, Record<string, string>>, participantId: string) {
  const own: Record<string, Record<string, string>> = {};
  for (const [slotId, bySlot] of Object.entries(members)) {
    const topicId = bySlot[participantId];
    if (topicId !== undefined) own[slotId] = { [participantId]: topicId };
  }
  return own;
}

/** A reader gets the event as is, a reduced form of it, nothing (`null`), or must reload a snapshot. */
export type EventView = SessionEvent | null | 'snapshot';

/** How one stored event reaches each audience: computed once per event, not once per socket. */
export interface EventAudiences {
  facilitator: SessionEvent;
  /** Projectors, and every participant not named in `personal`. */
  public: EventView;
  /** Participants who get a different view: their own dot, their own refund. */
  personal: Record<string, EventView>;
}

const PUBLIC_READER: Actor = { role: 'projector' };

/** Whether public readers may see the counts of either vote differently after the event than before. */
export function publicVisibilityChanges(before: SessionState, after: SessionState): boolean {
  return (
    talliesVisibleTo(before, PUBLIC_READER) !== talliesVisibleTo(after, PUBLIC_READER) ||
    convergenceTalliesVisibleTo(before, PUBLIC_READER) !== convergenceTalliesVisibleTo(after, PUBLIC_READER)
  );
}

export function audiencesOf(event: StoredEvent, before: SessionState, after: SessionState): EventAudiences {
  if (publicVisibilityChanges(before, after)) {
    // Revealing sends every count at once; hiding must clear them: both are a new snapshot.
    return { facilitator: event, public: 'snapshot', personal: {} };
  }
  const visibleAfter = talliesVisibleTo(after, PUBLIC_READER);
  switch (event.type) {
    case 'DotPlaced':
    case 'DotRemoved': {
      const delta = event.type === 'DotPlaced' ? 1 : -1;
      return {
        facilitator: event,
        public: visibleAfter ? { type: 'TallyChanged', topicId: event.topicId, delta } : null,
        personal: { [event.participantId]: event },
      };
    }
    case 'ProposalDotPlaced':
    case 'ProposalDotRemoved': {
      const delta = event.type === 'ProposalDotPlaced' ? 1 : -1;
      return {
        facilitator: event,
        public: convergenceTalliesVisibleTo(after, PUBLIC_READER) ? { type: 'ProposalTallyChanged', proposalId: event.proposalId, delta } : null,
        personal: { [event.participantId]: event },
      };
    }
    case 'TopicsMerged': {
      const publicEvent = { ...event, refunds: [], refundTotal: visibleAfter ? event.refundTotal : 0 };
      const personal: Record<string, EventView> = {};
      for (const refund of event.refunds) personal[refund.participantId] = { ...publicEvent, refunds: [refund] };
      return { facilitator: event, public: publicEvent, personal };
    }
    case 'GroupsAssigned': {
      const personal: Record<string, EventView> = {};
      const participants = new Set(Object.values(event.assignments).flatMap((bySlot) => Object.keys(bySlot)));
      for (const participantId of participants) {
        personal[participantId] = { ...event, assignments: ownLines(event.assignments, participantId) };
      }
      return { facilitator: event, public: { ...event, assignments: {} }, personal };
    }
    case 'ParticipantJoined':
      // Everyone else counts a newcomer; only the newcomer's own phone gets their pseudonym.
      return { facilitator: event, public: { type: 'ParticipantCounted' }, personal: { [event.participantId]: event } };
    case 'TopicProposed': {
      // Proposing names the proposer: readers who did not know them get their record with the topic.
      const proposer = after.participants[event.proposerId];
      const newlyNamed = proposer !== undefined && before.participants[event.proposerId]?.named !== true;
      return { facilitator: event, public: newlyNamed ? { type: 'ConvenerNamed', proposer, topic: event } : event, personal: {} };
    }
    case 'GroupJoined':
    case 'GroupLeft': {
      const toTopicId = event.type === 'GroupJoined' ? event.topicId : null;
      return {
        facilitator: event,
        public: { type: 'HeadcountsMoved', slotId: event.slotId, fromTopicId: event.fromTopicId, toTopicId },
        personal: { [event.participantId]: event },
      };
    }
    default:
      return { facilitator: event, public: event, personal: {} };
  }
}

export function viewOfEvent(audiences: EventAudiences, viewer: Actor): EventView {
  if (viewer.role === 'facilitator') return audiences.facilitator;
  if (viewer.role === 'participant' && viewer.participantId in audiences.personal) {
    return audiences.personal[viewer.participantId] ?? null;
  }
  return audiences.public;
}

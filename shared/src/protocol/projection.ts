import type { SessionEvent, StoredEvent } from '../events/events.ts';
import type { Actor } from '../model/actor.ts';
import type { SessionState } from '../model/session.ts';
import { talliesVisibleTo } from '../rules/visibility.ts';

/**
 * What one reader may know. Facilitators see everything; everyone else sees
 * their own dots only, and tallies only once they are visible to them. Secret
 * dots stay secret because the server never sends them, not because a screen hides them.
 */
export function viewOf(state: SessionState, viewer: Actor): SessionState {
  if (viewer.role === 'facilitator') return state;
  const own = viewer.role === 'participant' ? state.dots[viewer.participantId] : undefined;
  return {
    ...state,
    dots: own && viewer.role === 'participant' ? { [viewer.participantId]: own } : {},
    tallies: talliesVisibleTo(state, viewer) ? state.tallies : null,
  };
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

export function audiencesOf(event: StoredEvent, before: SessionState, after: SessionState): EventAudiences {
  const visibleBefore = talliesVisibleTo(before, PUBLIC_READER);
  const visibleAfter = talliesVisibleTo(after, PUBLIC_READER);
  if (visibleBefore !== visibleAfter) {
    // Revealing sends every count at once; hiding must clear them: both are a new snapshot.
    return { facilitator: event, public: 'snapshot', personal: {} };
  }
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
    case 'TopicsMerged': {
      const publicEvent = { ...event, refunds: [], refundTotal: visibleAfter ? event.refundTotal : 0 };
      const personal: Record<string, EventView> = {};
      for (const refund of event.refunds) personal[refund.participantId] = { ...publicEvent, refunds: [refund] };
      return { facilitator: event, public: publicEvent, personal };
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

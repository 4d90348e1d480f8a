import type { z } from 'zod';
import type { RefundSchema, SequencedEventSchema, SessionEventSchema, StoredEventSchema } from './events.schema.ts';

/** What the log stores: the only way a session changes (see evolve.ts). */
export type StoredEvent = z.infer<typeof StoredEventSchema>;
/** What a reader may receive: a stored event, or a view-only one standing for what they may not see. */
export type SessionEvent = z.infer<typeof SessionEventSchema>;
export type EventOf<T extends SessionEvent['type']> = Extract<SessionEvent, { type: T }>;
export type SessionCreated = EventOf<'SessionCreated'>;
export type Refund = z.infer<typeof RefundSchema>;
/** An event with its place in the session's stream. */
export type SequencedEvent = z.infer<typeof SequencedEventSchema>;

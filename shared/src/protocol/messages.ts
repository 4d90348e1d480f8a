import type { z } from 'zod';
import type { DomainError } from './errors.ts';
import type {
  CommandEnvelopeSchema,
  EventBatchSchema,
  PresenceSchema,
  SnapshotSchema,
  SocketAuthSchema,
  SyncRequestSchema,
} from './messages.schema.ts';
import type { NotesClientToServerEvents, NotesServerToClientEvents } from './notes.ts';

/** Bumped when a message changes shape; a client on another version reloads. */
export const PROTOCOL_VERSION = 1;

/**
 * Largest socket message the server accepts (`maxHttpBufferSize`). Commands are far smaller and
 * each is held to its own zod limits; this size is for a piece of a group's notes
 * (NOTES_UPDATE_MAX_BYTES, 64 KB), which base64 on long-polling grows to ~86 KB.
 */
export const MAX_MESSAGE_BYTES = 128 * 1024;

/** How long a client waits for an ack before it retries the same command id. */
export const ACK_TIMEOUT_MS = 5000;

export type CommandEnvelope = z.infer<typeof CommandEnvelopeSchema>;
export type SocketAuth = z.input<typeof SocketAuthSchema>;
export type SyncRequest = z.infer<typeof SyncRequestSchema>;
export type EventBatch = z.infer<typeof EventBatchSchema>;
export type Snapshot = z.infer<typeof SnapshotSchema>;
export type Presence = z.infer<typeof PresenceSchema>;

export type Identity = { role: 'facilitator' } | { role: 'projector' } | { role: 'participant'; participantId: string };

export type Ack<T extends object = object> = ({ ok: true } & T) | { ok: false; error: DomainError };
export type CommandAck = Ack<{ version: number }>;
/** `serverTime` lets each screen count down against the server's clock, not a phone's wrong one. */
export type SyncAck = Ack<{ you: Identity; serverTime: number } & ({ batch: EventBatch } | { snapshot: Snapshot })>;

export interface ClientToServerEvents extends NotesClientToServerEvents {
  command: (envelope: CommandEnvelope, ack: (result: CommandAck) => void) => void;
  sync: (request: SyncRequest, ack: (result: SyncAck) => void) => void;
}

export interface ServerToClientEvents extends NotesServerToClientEvents {
  events: (batch: EventBatch) => void;
  snapshot: (snapshot: Snapshot) => void;
  presence: (presence: Presence) => void;
  /** The session was deleted (by its facilitator or the automatic purge); the server disconnects right after. */
  'session-deleted': () => void;
}

import type { z } from 'zod';
import type { Role } from '../model/actor.ts';
import type { GroupKey } from '../model/notes.ts';
import type { NotesAccess } from '../rules/notes.ts';
import type { Ack } from './messages.ts';
import type { NotesAwarenessSchema, NotesCursorSchema, NotesOpenSchema, NotesUpdateSchema } from './notes.schema.ts';

/**
 * Most one `notes:update` may carry. A client sends its queue in pieces of at most this size;
 * with base64 on HTTP long-polling (x4/3) and the envelope it still fits in MAX_MESSAGE_BYTES.
 */
export const NOTES_UPDATE_MAX_BYTES = 64 * 1024;
/** A Yjs state vector: a few bytes per writer of the group. */
export const NOTES_STATE_VECTOR_MAX_BYTES = 4 * 1024;
/** An awareness message: one writer's caret, a few dozen bytes. */
export const NOTES_AWARENESS_MAX_BYTES = 1024;

export type NotesOpen = z.infer<typeof NotesOpenSchema>;
export type NotesUpdate = z.infer<typeof NotesUpdateSchema>;
export type NotesAwareness = z.infer<typeof NotesAwarenessSchema>;

export type GrantedNotesAccess = Exclude<NotesAccess, 'none'>;
/**
 * `update`: what the client lacks (the server's diff against the client's state vector);
 * `stateVector`: the server's, so the client sends back what the server lacks.
 */
export type NotesOpenAck = Ack<{ update: Uint8Array; stateVector: Uint8Array; access: GrantedNotesAccess }>;
export type NotesUpdateAck = Ack;

/** An update or an awareness change of one group, relayed to the others who opened it. */
export interface NotesRelay extends GroupKey {
  update: Uint8Array;
}

/** The awareness state a client publishes: the section its caret is in, if any. */
export type NotesCursor = z.infer<typeof NotesCursorSchema>;

/**
 * What others see of someone in the notes. The server stamps `name` and `role` from the
 * socket's identity, so nobody can write under another's pseudonym.
 */
export interface NotesPresence extends NotesCursor {
  name: string | null;
  role: Role;
}

export interface NotesClientToServerEvents {
  'notes:open': (request: NotesOpen, ack: (result: NotesOpenAck) => void) => void;
  'notes:update': (request: NotesUpdate, ack: (result: NotesUpdateAck) => void) => void;
  /** Volatile: relayed to the group, never stored. */
  'notes:awareness': (message: NotesAwareness) => void;
  'notes:close': (key: GroupKey) => void;
}

export interface NotesServerToClientEvents {
  'notes:update': (message: NotesRelay) => void;
  'notes:awareness': (message: NotesRelay) => void;
}


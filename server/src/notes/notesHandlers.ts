import {
  fail,
  NotesAwarenessSchema,
  NotesCloseSchema,
  NotesOpenSchema,
  NotesUpdateSchema,
  type NotesOpenAck,
  type NotesUpdateAck,
} from '@forum-ouvert/shared';
import { errorFields, type Logger } from '../logger.ts';
import { replier } from '../realtime/replier.ts';
import type { AppServer, AppSocket } from '../realtime/socketTypes.ts';
import { stampAwareness } from './awarenessStamp.ts';
import { admit, type NotesEdgeDeps } from './notesGate.ts';
import { notesRoom, relayTargets } from './notesRooms.ts';

export interface NotesHandlerDeps extends NotesEdgeDeps {
  logger: Logger;
}

/**
 * The notes' socket edge. Open: check, join the group's room, answer the diff. Update: check,
 * write to disk, apply, ack, then relay to the room but the sender. Never logs what people wrote.
 */
export function attachNotes(io: AppServer, socket: AppSocket, deps: NotesHandlerDeps): void {
  const { sessionId } = socket.data;
  const guard = (what: string, run: () => void, onError: () => void) => {
    try {
      run();
    } catch (error) {
      deps.logger.error({ sessionId, what, ...errorFields(error) }, 'notes message failed');
      onError();
    }
  };

  socket.on('notes:open', (raw: unknown, ack: unknown) => {
    const reply = replier<NotesOpenAck>(ack);
    guard('open', () => {
      const admitted = admit(socket, deps, NotesOpenSchema, raw);
      if (!admitted.ok) return reply(admitted);
      const { message, access } = admitted;
      if (access === 'none') return reply(fail('FORBIDDEN', 'Not a member of this group'));
      const opened = deps.notes.open(sessionId, message, message.stateVector);
      if (!opened.ok) return reply(opened);
      void socket.join(notesRoom(sessionId, message));
      reply({ ok: true, update: opened.update, stateVector: opened.stateVector, access });
    }, () => reply(fail('INTERNAL', 'Internal error')));
  });

  socket.on('notes:update', (raw: unknown, ack: unknown) => {
    const reply = replier<NotesUpdateAck>(ack);
    guard('update', () => {
      const admitted = admit(socket, deps, NotesUpdateSchema, raw);
      if (!admitted.ok) return reply(admitted);
      const { message, access, state } = admitted;
      if (access !== 'write') return reply(fail('FORBIDDEN', 'May not write in this group'));
      const result = deps.notes.update(sessionId, message, message.update);
      deps.logger.debug({ sessionId, bytes: message.update.byteLength, code: result.ok ? 'OK' : result.error.code }, 'notes update');
      if (!result.ok) return reply(result);
      reply({ ok: true });
      relayTargets(io, socket, message, state).emit('notes:update', { slotId: message.slotId, topicId: message.topicId, update: message.update });
    }, () => reply(fail('INTERNAL', 'Internal error')));
  });

  socket.on('notes:awareness', (raw: unknown) => {
    guard('awareness', () => {
      const admitted = admit(socket, deps, NotesAwarenessSchema, raw);
      if (!admitted.ok || admitted.access !== 'write') return;
      const { message, state } = admitted;
      const update = stampAwareness(message.update, socket.data.actor, state);
      if (!update) return;
      relayTargets(io, socket, message, state).volatile.emit('notes:awareness', { slotId: message.slotId, topicId: message.topicId, update });
    }, () => undefined);
  });

  socket.on('notes:close', (raw: unknown) => {
    const parsed = NotesCloseSchema.safeParse(raw);
    if (parsed.success) void socket.leave(notesRoom(sessionId, parsed.data));
  });
}

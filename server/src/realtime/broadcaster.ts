import { viewOf, type Actor } from '@forum-ouvert/shared';
import { errorFields, type Logger } from '../logger.ts';
import { projectBatch } from '../sessions/projectBatch.ts';
import type { AcceptedEvent } from '../sessions/recentEvents.ts';
import type { SessionRoom } from '../sessions/sessionRoom.ts';
import { rooms } from './rooms.ts';
import type { AppServer } from './socketTypes.ts';

interface Pending {
  room: SessionRoom;
  entries: AcceptedEvent[];
  timer: NodeJS.Timeout;
}

const FACILITATOR: Actor = { role: 'facilitator' };
const PROJECTOR: Actor = { role: 'projector' };

/**
 * Coalesces accepted events per session and sends them every tick as one batch
 * per audience: 200 dots in a second become a handful of messages, not 200 × 2,000.
 * Every audience gets every tick's range, even empty, so each reader's versions
 * stay contiguous (a batch's `from` is the previous batch's `to`).
 */
export class Broadcaster {
  private readonly pending = new Map<string, Pending>();

  constructor(
    private readonly io: AppServer,
    private readonly onlineParticipants: (sessionId: string) => Iterable<string>,
    private readonly tickMs: number,
    private readonly logger: Logger,
  ) {}

  queue(room: SessionRoom, accepted: readonly AcceptedEvent[]): void {
    const pending = this.pending.get(room.id);
    if (pending) {
      pending.entries.push(...accepted);
      return;
    }
    const timer = setTimeout(() => this.flush(room.id), this.tickMs);
    this.pending.set(room.id, { room, entries: [...accepted], timer });
  }

  /** Drops what a deleted session still had to send: nobody may receive it any more. */
  discard(sessionId: string): void {
    const pending = this.pending.get(sessionId);
    if (!pending) return;
    clearTimeout(pending.timer);
    this.pending.delete(sessionId);
  }

  /** Sends whatever is waiting now (on shutdown, so nothing accepted goes unsent). */
  flushAll(): void {
    for (const sessionId of [...this.pending.keys()]) this.flush(sessionId);
  }

  private flush(sessionId: string): void {
    const pending = this.pending.get(sessionId);
    if (!pending) return;
    this.pending.delete(sessionId);
    clearTimeout(pending.timer);
    try {
      this.send(pending.room, pending.entries);
    } catch (error) {
      // Readers will notice the gap and resync; the server keeps going.
      this.logger.error({ sessionId, ...errorFields(error) }, 'broadcast failed');
    }
  }

  private send(room: SessionRoom, entries: readonly AcceptedEvent[]): void {
    const first = entries[0];
    const last = entries[entries.length - 1];
    if (!first || !last) return;
    const from = first.seq - 1;
    const to = last.seq;
    const id = room.id;
    const personal = new Set(entries.flatMap((entry) => Object.keys(entry.audiences.personal)));
    const personalRooms = [...personal].map((participantId) => rooms.participant(id, participantId));

    this.sendTo(room, rooms.facilitators(id), FACILITATOR, projectBatch(entries, FACILITATOR, from, to));

    const publicBatch = projectBatch(entries, PROJECTOR, from, to);
    if (publicBatch === 'snapshot') {
      // Each participant's view holds their own dots, so a public reload is one snapshot per person.
      this.sendTo(room, rooms.projectors(id), PROJECTOR, 'snapshot');
      for (const participantId of this.onlineParticipants(id)) {
        if (personal.has(participantId)) continue;
        this.sendTo(room, rooms.participant(id, participantId), { role: 'participant', participantId }, 'snapshot');
      }
    } else {
      this.io.to(rooms.publicReaders(id)).except(personalRooms).emit('events', publicBatch);
    }

    for (const participantId of personal) {
      const reader: Actor = { role: 'participant', participantId };
      this.sendTo(room, rooms.participant(id, participantId), reader, projectBatch(entries, reader, from, to));
    }
  }

  private sendTo(room: SessionRoom, target: string, reader: Actor, update: ReturnType<typeof projectBatch>): void {
    if (update === 'snapshot') this.io.to(target).emit('snapshot', { state: viewOf(room.state, reader) });
    else this.io.to(target).emit('events', update);
  }

  close(): void {
    for (const { timer } of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
  }
}

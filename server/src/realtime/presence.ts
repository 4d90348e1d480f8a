import type { Actor } from '@forum-ouvert/shared';
import { rooms } from './rooms.ts';
import type { AppServer } from './socketTypes.ts';

/**
 * Who is online: volatile, rebuilt from live sockets, never logged as an event.
 * Counts distinct participants (one person may have two tabs) and tells the
 * facilitator and the projector at most once per tick.
 */
export class Presence {
  /** sessionId -> participantId -> open sockets */
  private readonly sockets = new Map<string, Map<string, number>>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly lastSent = new Map<string, number>();

  constructor(
    private readonly io: AppServer,
    private readonly tickMs: number,
  ) {}

  online(sessionId: string): number {
    return this.sockets.get(sessionId)?.size ?? 0;
  }

  onlineParticipants(sessionId: string): Iterable<string> {
    return this.sockets.get(sessionId)?.keys() ?? [];
  }

  connected(sessionId: string, actor: Actor): void {
    if (actor.role !== 'participant') return;
    const bySession = this.sockets.get(sessionId) ?? new Map<string, number>();
    this.sockets.set(sessionId, bySession);
    bySession.set(actor.participantId, (bySession.get(actor.participantId) ?? 0) + 1);
    this.schedule(sessionId);
  }

  disconnected(sessionId: string, actor: Actor): void {
    if (actor.role !== 'participant') return;
    const bySession = this.sockets.get(sessionId);
    const count = bySession?.get(actor.participantId) ?? 0;
    if (!bySession || count === 0) return;
    if (count > 1) bySession.set(actor.participantId, count - 1);
    else bySession.delete(actor.participantId);
    if (bySession.size === 0) this.sockets.delete(sessionId);
    this.schedule(sessionId);
  }

  /** A deleted session: no count and no pending update survive it. */
  forget(sessionId: string): void {
    this.sockets.delete(sessionId);
    this.lastSent.delete(sessionId);
    const timer = this.timers.get(sessionId);
    if (timer) clearTimeout(timer);
    this.timers.delete(sessionId);
  }

  close(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private schedule(sessionId: string): void {
    if (this.timers.has(sessionId)) return;
    const timer = setTimeout(() => this.send(sessionId), this.tickMs);
    timer.unref();
    this.timers.set(sessionId, timer);
  }

  private send(sessionId: string): void {
    this.timers.delete(sessionId);
    const online = this.online(sessionId);
    if (this.lastSent.get(sessionId) === online) return;
    if (online === 0) this.lastSent.delete(sessionId);
    else this.lastSent.set(sessionId, online);
    this.io.to([rooms.facilitators(sessionId), rooms.projectors(sessionId)]).emit('presence', { online });
  }
}

import type { Server, Socket } from 'socket.io';
import type { Actor, ClientToServerEvents, ServerToClientEvents } from '@forum-ouvert/shared';

/** Set by the handshake and never changed: a socket acts as what its credentials proved, not as its payloads claim. */
export interface SocketData {
  sessionId: string;
  actor: Actor;
}

type NoServerSideEvents = Record<string, never>;

export type AppServer = Server<ClientToServerEvents, ServerToClientEvents, NoServerSideEvents, SocketData>;
export type AppSocket = Socket<ClientToServerEvents, ServerToClientEvents, NoServerSideEvents, SocketData>;

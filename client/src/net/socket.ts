import type { ClientToServerEvents, ServerToClientEvents, SocketAuth } from '@forum-ouvert/shared';
import { io, type Socket } from 'socket.io-client';
import { bindSync } from './sync.ts';

export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** One socket per page, made with that page's credentials. Never stored in the zustand store. */
let current: { socket: AppSocket; unbind: () => void } | null = null;

export function connect(auth: SocketAuth): AppSocket {
  disconnect();
  const socket: AppSocket = io({
    auth,
    autoConnect: false,
    // Socket.IO retries by itself; the jitter spreads a room of phones coming back after a Wi-Fi drop.
    reconnectionDelay: 1000,
    reconnectionDelayMax: 8000,
    randomizationFactor: 0.5,
  });
  current = { socket, unbind: bindSync(socket) };
  socket.connect();
  return socket;
}

export function disconnect(): void {
  if (!current) return;
  current.unbind();
  current.socket.disconnect();
  current = null;
}

export function getSocket(): AppSocket | null {
  return current?.socket ?? null;
}

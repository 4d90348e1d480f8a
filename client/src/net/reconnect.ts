import type { AppSocket } from './socket.ts';

/**
 * Drops the current link but keeps Socket.IO's own reconnection going (its back-off, its
 * handshake), as when the network drops by itself.
 */
export function closeTransport(socket: AppSocket): void {
  if (socket.connected) socket.io.engine.close();
}

/**
 * Connects again now. A socket between two attempts waits out its back-off (up to
 * `reconnectionDelayMax`); `connect()` alone does nothing then, so the pending attempt is
 * cancelled first. Listeners stay: only the link is made anew.
 */
export function reconnectNow(socket: AppSocket): void {
  if (socket.connected) return;
  socket.disconnect();
  socket.connect();
}

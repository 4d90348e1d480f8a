import { ACK_TIMEOUT_MS, type SyncAck } from '@forum-ouvert/shared';
import { setConnectionStatus, setFatalError } from '../store/connection.ts';
import { setOnlineCount } from '../store/presence.ts';
import { applyBatch, applySnapshot, localVersion, setYou } from '../store/session.ts';
import { toErrorCode } from './errors.ts';
import { noteServerTime } from './serverClock.ts';
import { closeTransport, reconnectNow } from './reconnect.ts';
import type { AppSocket } from './socket.ts';

const RETRY_SYNC_MS = 1000;

/**
 * Keeps the store's mirror in step with the server: on every connect, `sync` from our version; on
 * a batch that does not start where we are, `sync` again; a snapshot replaces the mirror.
 * Returns a function that detaches every listener.
 */
export function bindSync(socket: AppSocket): () => void {
  let syncing = false;
  let again = false;
  let retry: ReturnType<typeof setTimeout> | undefined;

  async function sync(): Promise<void> {
    if (syncing) {
      again = true;
      return;
    }
    syncing = true;
    let answer: SyncAck | null = null;
    const sentAt = Date.now();
    try {
      answer = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('sync', { since: localVersion() });
    } catch {
      // No answer in time: try again while the socket is up; a reconnect syncs anyway.
    }
    syncing = false;
    if (!answer) {
      if (socket.connected) retry = setTimeout(() => void sync(), RETRY_SYNC_MS);
      return;
    }
    if (!answer.ok) {
      setFatalError(toErrorCode(answer.error.code));
      socket.disconnect();
      return;
    }
    setYou(answer.you);
    noteServerTime(answer.serverTime, sentAt, Date.now());
    if ('snapshot' in answer) applySnapshot(answer.snapshot.state);
    else if (applyBatch(answer.batch) === 'gap') again = true;
    if (again) {
      again = false;
      void sync();
      return;
    }
    setConnectionStatus('online');
  }

  const listeners = {
    connect: () => void sync(),
    disconnect: (reason: string) => {
      setOnlineCount(null);
      setConnectionStatus(navigator.onLine === false ? 'offline' : 'reconnecting');
      // Socket.IO does not retry after the server closed the socket; the handshake will say why.
      if (reason === 'io server disconnect') socket.connect();
    },
    connect_error: (err: Error) => {
      // A refusal by the server's handshake (unknown session, wrong key) is final: Socket.IO stops.
      if (!socket.active) {
        setFatalError(toErrorCode((err as Error & { data?: { code?: unknown } }).data?.code));
      } else if (navigator.onLine === false) setConnectionStatus('offline');
    },
  };
  // The device says it lost the network: believe it at once. A WebSocket can linger half-dead for
  // a long while (and in Chromium's offline emulation it even keeps working), so it is closed:
  // taps go to the outbox now, not after an ack times out, and nothing arrives that a real
  // offline phone would not get.
  const onOffline = () => {
    setConnectionStatus('offline');
    closeTransport(socket);
  };
  // The network is back: connect now instead of waiting out the back-off; if the link survived,
  // a sync tells whether it still works and marks us online again.
  const onOnline = () => {
    if (socket.connected) {
      void sync();
      return;
    }
    setConnectionStatus('reconnecting');
    reconnectNow(socket);
  };

  socket.on('connect', listeners.connect);
  socket.on('disconnect', listeners.disconnect);
  socket.on('connect_error', listeners.connect_error);
  socket.on('events', (batch) => {
    if (applyBatch(batch) === 'gap') void sync();
  });
  socket.on('snapshot', ({ state }) => applySnapshot(state));
  socket.on('presence', ({ online }) => setOnlineCount(online));
  // The facilitator deleted the session: nothing to reconnect to.
  socket.on('session-deleted', () => setFatalError('NOT_FOUND'));
  window.addEventListener('offline', onOffline);
  window.addEventListener('online', onOnline);

  return () => {
    clearTimeout(retry);
    socket.off();
    window.removeEventListener('offline', onOffline);
    window.removeEventListener('online', onOnline);
  };
}

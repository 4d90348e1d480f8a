import { randomBytes } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import {
  ACK_TIMEOUT_MS,
  evolve,
  type Actor,
  type ClientToServerEvents,
  type Command,
  type CommandAck,
  type EventBatch,
  type Identity,
  type ServerToClientEvents,
  type SessionState,
  type SocketAuth,
  type SyncAck,
} from '@forum-ouvert/shared';
import { until } from './wait.ts';

export type TypedSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
/** The same socket without the event map, to send what a well-behaved client never would. */
export type RawSocket = Socket;

/** Everything that reached the client: pushed messages, and the answers to its syncs. */
export interface Received {
  name: string;
  args: unknown[];
}

/** The app's sync module asks again this long after a sync went unanswered (`client/src/net/sync.ts`). */
const PHONE_SYNC_RETRY_MS = 1000;

export function newCommandId(): string {
  return randomBytes(12).toString('base64url');
}

export interface ConnectOptions {
  /** Automatic reconnection, as a phone has; off by default so a test controls every connection. */
  reconnection?: boolean;
  /**
   * Socket.IO's backoff between attempts: 50–200 ms by default so tests stay quick. The app's
   * phones wait 1,000–8,000 ms with a 0.5 jitter (`client/src/net/socket.ts`).
   */
  reconnectionDelay?: number;
  reconnectionDelayMax?: number;
  randomizationFactor?: number;
  /** Websocket only by default; the app's phones start on long-polling and upgrade. */
  transports?: ('polling' | 'websocket')[];
  /**
   * Recovers as the app's sync module does: connects again when the server closed the socket
   * itself, and asks `sync` again a second after one went unanswered while still connected.
   */
  phoneRecovery?: boolean;
  /** Keeps every message in `received` and `batches` (the default); a generator of thousands of clients turns it off. */
  keepHistory?: boolean;
  /** Keeps the whole state (the default); `false` follows the stream by version only, so that thousands fit in one process. */
  mirror?: boolean;
}

/**
 * A real Socket.IO client that keeps a mirror of the session exactly as the app
 * would: `sync` on every connect, batches applied with `evolve` when contiguous,
 * a resync when it sees a gap, snapshots replacing the state.
 */
export class TestClient {
  state: SessionState | null = null;
  you: Identity | null = null;
  readonly received: Received[] = [];
  /** `from`/`to` of every batch pushed to this client, in arrival order. */
  readonly batches: EventBatch[] = [];
  gaps = 0;
  private syncing: Promise<SyncAck> | null = null;
  /** The version, when only the version is followed (`mirror: false`); null until the first sync. */
  private followed: number | null = null;

  private constructor(
    readonly socket: TypedSocket,
    private readonly keepHistory: boolean,
    private readonly mirror: boolean,
    phoneRecovery: boolean,
  ) {
    if (keepHistory) socket.onAny((name: string, ...args: unknown[]) => this.received.push({ name, args }));
    socket.on('events', (batch) => {
      if (keepHistory) this.batches.push(batch);
      this.applyBatch(batch);
    });
    socket.on('snapshot', ({ state }) => this.applySnapshot(state));
    const syncOnConnect = (): void => {
      this.sync().catch(() => {
        if (phoneRecovery && socket.connected) setTimeout(syncOnConnect, PHONE_SYNC_RETRY_MS);
      });
    };
    socket.on('connect', syncOnConnect);
    if (phoneRecovery) {
      socket.on('disconnect', (reason) => {
        if (reason === 'io server disconnect') socket.connect();
      });
    }
  }

  static async connect(url: string, auth: SocketAuth, options: ConnectOptions = {}): Promise<TestClient> {
    const socket: TypedSocket = io(url, {
      auth,
      forceNew: true,
      transports: options.transports ?? ['websocket'],
      reconnection: options.reconnection ?? false,
      reconnectionDelay: options.reconnectionDelay ?? 50,
      reconnectionDelayMax: options.reconnectionDelayMax ?? 200,
      ...(options.randomizationFactor === undefined ? {} : { randomizationFactor: options.randomizationFactor }),
    });
    const client = new TestClient(socket, options.keepHistory ?? true, options.mirror ?? true, options.phoneRecovery ?? false);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', (error) => reject(error));
    });
    await client.synced();
    return client;
  }

  /** Rejects with the server's refusal (its `message` is the error code). */
  static async refusal(url: string, auth: unknown): Promise<string> {
    const socket: RawSocket = io(url, { auth: auth as SocketAuth, forceNew: true, transports: ['websocket'], reconnection: false });
    try {
      return await new Promise<string>((resolve, reject) => {
        socket.once('connect', () => reject(new Error('The server accepted the connection')));
        socket.once('connect_error', (error) => resolve(error.message));
      });
    } finally {
      socket.disconnect();
    }
  }

  get raw(): RawSocket {
    return this.socket as unknown as RawSocket;
  }

  get actor(): Actor {
    if (!this.you) throw new Error('Not synced yet');
    return this.you;
  }

  get participantId(): string {
    if (this.you?.role !== 'participant') throw new Error('Not a participant');
    return this.you.participantId;
  }

  get version(): number {
    return this.state?.version ?? this.followed ?? 0;
  }

  command(command: Command, commandId = newCommandId()): Promise<CommandAck> {
    return this.socket.timeout(ACK_TIMEOUT_MS).emitWithAck('command', { commandId, command });
  }

  /** Asks for what happened since the mirror's version; one at a time, as a real client would. */
  sync(): Promise<SyncAck> {
    this.syncing ??= this.socket
      .timeout(ACK_TIMEOUT_MS)
      .emitWithAck('sync', { since: this.version })
      .then((ack) => {
        if (this.keepHistory) this.received.push({ name: 'ack:sync', args: [ack] });
        if (ack.ok) {
          this.you = ack.you;
          if ('batch' in ack) this.applyBatch(ack.batch);
          else this.applySnapshot(ack.snapshot.state);
        }
        return ack;
      })
      .finally(() => {
        this.syncing = null;
      });
    return this.syncing;
  }

  async synced(): Promise<void> {
    await until(() => (this.state !== null || this.followed !== null) && this.syncing === null, 'the first sync', 15_000);
  }

  async waitForVersion(version: number, timeoutMs = 5000): Promise<void> {
    await until(() => this.version >= version && this.syncing === null, `version ${version} (at ${this.version})`, timeoutMs);
  }

  close(): void {
    this.socket.disconnect();
  }

  private applyBatch(batch: EventBatch): void {
    const state = this.state;
    if ((!state && this.followed === null) || batch.to <= this.version) return;
    if (batch.from > this.version) {
      this.gaps++;
      void this.sync().catch(() => undefined);
      return;
    }
    if (!state) {
      this.followed = batch.to;
      return;
    }
    let next = state;
    for (const { seq, event } of batch.events) {
      if (seq > state.version) next = evolve(next, event, seq);
    }
    this.state = { ...next, version: batch.to };
  }

  private applySnapshot(state: SessionState): void {
    if (!this.mirror) this.followed = Math.max(this.followed ?? 0, state.version);
    else if (!this.state || state.version >= this.state.version) this.state = state;
  }
}

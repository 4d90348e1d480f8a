import { performance } from 'node:perf_hooks';
import { io, type Socket } from 'socket.io-client';
import {
  ACK_TIMEOUT_MS,
  type ClientToServerEvents,
  type Command,
  type CommandAck,
  type EventBatch,
  type ServerToClientEvents,
  type SocketAuth,
  type SyncAck,
} from '@forum-ouvert/shared';
import type { Online, ReaderLog } from './delivery.ts';

type PhoneSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** The real client's reconnection timing (client/src/net/socket.ts), so a cut comes back as a phone would. */
const PHONE_RECONNECTION = { reconnectionDelay: 1000, reconnectionDelayMax: 8000, randomizationFactor: 0.5 };

/**
 * A phone reduced to what the benchmark measures. It follows the versioned stream as the real
 * client's sync module does (a batch that joins up moves it on, a gap or a reconnection asks
 * `sync`) but keeps only its version, not the state, so that 2,000 of them fit in one process.
 * Every move of its version is logged with the one clock of the process.
 */
export class Phone {
  version = 0;
  /** Pushed messages received: batches, snapshots, presence. */
  messages = 0;
  gaps = 0;
  private readonly to: number[] = [];
  private readonly at: number[] = [];
  private readonly online: Online[] = [];
  private onlineSince: number | null = null;
  private syncing: Promise<SyncAck> | null = null;
  private firstOnline: () => void = () => undefined;
  private readonly ready = new Promise<void>((resolve) => {
    this.firstOnline = resolve;
  });

  private constructor(private readonly socket: PhoneSocket) {
    socket.on('events', (batch) => {
      this.messages++;
      this.onBatch(batch);
    });
    socket.on('snapshot', ({ state }) => {
      this.messages++;
      this.advance(state.version);
    });
    socket.on('presence', () => {
      this.messages++;
    });
    socket.on('connect', () => {
      void this.sync().then(
        (ack) => {
          if (!ack.ok || !this.socket.connected) return;
          this.onlineSince ??= performance.now();
          this.firstOnline();
        },
        () => undefined,
      );
    });
    socket.on('disconnect', () => {
      if (this.onlineSince !== null) this.online.push({ from: this.onlineSince, until: performance.now() });
      this.onlineSince = null;
    });
  }

  /** Resolves once connected and synced. `reconnect`: come back by itself after a cut, as a phone does. */
  static async connect(url: string, auth: SocketAuth, reconnect: boolean): Promise<Phone> {
    const socket: PhoneSocket = io(url, {
      auth,
      forceNew: true,
      transports: ['websocket'],
      reconnection: reconnect,
      ...PHONE_RECONNECTION,
    });
    const phone = new Phone(socket);
    let refused: (error: Error) => void = () => undefined;
    const failed = new Promise<never>((_, reject) => {
      refused = reject;
      socket.once('connect_error', reject);
    });
    await Promise.race([phone.ready, failed]);
    socket.off('connect_error', refused);
    return phone;
  }

  get isOnline(): boolean {
    return this.onlineSince !== null;
  }

  /**
   * Sends a command. Without `timeoutMs` it waits for the ack however late it comes (the benchmark
   * wants the seq of a slow ack, not a retry); an ack lost with its connection never comes.
   */
  command(command: Command, commandId: string, timeoutMs?: number): Promise<CommandAck> {
    const envelope = { commandId, command };
    if (timeoutMs !== undefined) return this.socket.timeout(timeoutMs).emitWithAck('command', envelope);
    return new Promise((resolve) => this.socket.emit('command', envelope, resolve));
  }

  /** How many times this phone lost its connection so far. */
  get cuts(): number {
    return this.online.length;
  }

  /** The whole state as this reader may see it (the setup reads the topic ids from it). */
  fetchState(): Promise<SyncAck> {
    return this.socket.timeout(ACK_TIMEOUT_MS).emitWithAck('sync', { since: 0 });
  }

  /** A dropped Wi-Fi: the transport closes under the socket, which then reconnects by itself. */
  cut(): void {
    this.socket.io.engine.close();
  }

  close(): void {
    this.socket.disconnect();
  }

  /** The arrival log as of `now`; a phone still online is online until the end. */
  log(): ReaderLog {
    const online = this.onlineSince === null ? this.online : [...this.online, { from: this.onlineSince, until: Infinity }];
    return { to: this.to, at: this.at, online };
  }

  private onBatch(batch: EventBatch): void {
    if (batch.to <= this.version) return;
    if (batch.from > this.version) {
      this.gaps++;
      void this.sync().catch(() => undefined);
      return;
    }
    this.advance(batch.to);
  }

  /** One at a time, from the current version, as the real client asks. */
  private sync(): Promise<SyncAck> {
    this.syncing ??= this.socket
      .timeout(ACK_TIMEOUT_MS)
      .emitWithAck('sync', { since: this.version })
      .then((ack) => {
        if (ack.ok) this.advance('batch' in ack ? ack.batch.to : ack.snapshot.state.version);
        return ack;
      })
      .finally(() => {
        this.syncing = null;
      });
    return this.syncing;
  }

  private advance(version: number): void {
    if (version <= this.version) return;
    this.version = version;
    this.to.push(version);
    this.at.push(performance.now());
  }
}

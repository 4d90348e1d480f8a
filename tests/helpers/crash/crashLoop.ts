import { viewOf, type Actor, type CommandAck, type SessionState, type SocketAuth } from '@forum-ouvert/shared';
import { actorKey } from '../../../server/src/sessions/actorKey.ts';
import { TestClient, type ConnectOptions } from '../client.ts';
import { loggedCommands, loggedEvents } from '../database.ts';
import { createSession, joinParticipant, type SessionHandle } from '../http.ts';
import { between, seededRandom } from '../random.ts';
import { startServer } from '../server.ts';
import { bundleServer } from '../serverBundle.ts';
import { makeTempDir, removeDir } from '../tempDir.ts';
import { sleep } from '../wait.ts';
import { planDisruptions, runChaos, type ChaosPlan } from './chaos.ts';
import { auditLog, foldLog, type ClientVerdicts } from './logAudit.ts';
import { RetryingSender } from './retryingSender.ts';
import { Supervisor } from './supervisor.ts';
import { nextCommand } from './workload.ts';

export interface CrashLoopOptions extends ChaosPlan {
  seed: number;
  participants: number;
  /** Pause between two commands of one participant; the facilitator waits `facilitatorThinkMs`. */
  thinkMs: readonly [number, number];
  facilitatorThinkMs: readonly [number, number];
  /** How long a client waits for an ack before it sends the same id again. */
  ackTimeoutMs: number;
  /** The clients' reconnection settings. */
  connect: ConnectOptions;
  progress?: (line: string) => void;
}

export interface CrashLoopReport {
  seed: number;
  durationMs: number;
  kills: number;
  killsWhilePaused: number;
  pauses: number;
  pausedMs: number[];
  restartMs: number[];
  sent: number;
  acked: number;
  refused: number;
  refusalsByCode: Record<string, number>;
  ackedAfterResend: number;
  unanswered: number;
  rateLimited: number;
  internal: number;
  events: number;
  /** Every discrepancy between the log and what the clients were told; empty when nothing was lost. */
  problems: string[];
  /** The log folded with `evolve`. */
  folded: SessionState;
  /** What a facilitator who connects at the end gets by sync (a snapshot), before the last kill. */
  served: SessionState;
  /** The server's state in memory after one more restart, on the same folder. */
  restored: SessionState;
  /** Every client's mirror at the end, beside the server's view for that reader. */
  mirrors: { actor: Actor; mirror: SessionState | null; expected: SessionState }[];
}

/**
 * The crash loop: clients send commands without pause while the server process is killed with
 * SIGKILL, frozen with SIGSTOP and restarted on the same data folder; at the end the log on disk
 * is checked against every answer the clients got, and folded. Shared by the integration test
 * and `npm run bench:crash`.
 */
export async function runCrashLoop(options: CrashLoopOptions): Promise<CrashLoopReport> {
  const started = performance.now();
  const progress = options.progress ?? (() => undefined);
  const dataDir = makeTempDir('crash');
  const bundle = await bundleServer();
  const supervisor = await Supervisor.start(dataDir, { entry: bundle.entry });
  const clients: TestClient[] = [];
  try {
    const session = await createSession(supervisor.url);
    clients.push(...(await connectRoom(supervisor.url, session, options)));
    const senders = clients.map((client) => new RetryingSender(client, options.ackTimeoutMs));
    const [facilitator] = senders;
    if (!facilitator) throw new Error('No facilitator');
    await facilitator.send({ type: 'updateVoteSettings', settings: { dotBudget: 5, allowStacking: true, tallyMode: 'live' } });
    await facilitator.send({ type: 'setPhase', phase: 'marketplace' });

    let stopping = false;
    const workers = senders.map((sender, i) =>
      work(sender, seededRandom(options.seed + 1 + i), i === 0 ? options.facilitatorThinkMs : options.thinkMs, () => stopping),
    );
    const random = seededRandom(options.seed);
    const disruptions = planDisruptions(options, random);
    progress(`seed ${options.seed}: ${disruptions.length} disruptions, ${senders.length} clients`);
    await runChaos(supervisor, disruptions, options.runMs, random, progress);
    await sleep(options.runMs[1]);
    stopping = true;
    await Promise.all(workers);

    const { served, mirrors } = await catchUp(supervisor.url, session.facilitatorAuth, clients);
    for (const client of clients.splice(0)) client.close();
    await supervisor.stop('SIGKILL');
    // One more restart, in this process, so that its memory can be read.
    const restarted = await startServer(dataDir);
    const restored = restarted.stateOf(session.sessionId);
    await restarted.stop();

    const events = loggedEvents(dataDir, session.sessionId);
    const verdicts = verdictsOf(senders);
    return {
      seed: options.seed,
      durationMs: performance.now() - started,
      kills: supervisor.kills,
      killsWhilePaused: supervisor.killsWhilePaused,
      pauses: supervisor.pauses - supervisor.killsWhilePaused,
      pausedMs: supervisor.pausedMs,
      restartMs: supervisor.restartMs,
      ...tally(senders, verdicts),
      events: events.length,
      problems: auditLog(events, loggedCommands(dataDir, session.sessionId), verdicts),
      folded: foldLog(events),
      served,
      restored,
      mirrors,
    };
  } finally {
    for (const client of clients) client.close();
    await supervisor.stop('SIGKILL');
    bundle.remove();
    removeDir(dataDir);
  }
}

/** The facilitator first, then the participants, who joined over HTTP; all reconnect by themselves. */
async function connectRoom(url: string, session: SessionHandle, options: CrashLoopOptions): Promise<TestClient[]> {
  const connect = { reconnection: true, phoneRecovery: true, ...options.connect };
  const clients = [await TestClient.connect(url, session.facilitatorAuth, connect)];
  for (let i = 0; i < options.participants; i++) {
    const person = await joinParticipant(url, session.code, `Personne ${i}`);
    clients.push(await TestClient.connect(url, person.auth, connect));
  }
  return clients;
}

/** A facilitator arriving now gets the whole state by sync; every client catches up to it. */
async function catchUp(url: string, facilitatorAuth: SocketAuth, clients: readonly TestClient[]): Promise<Pick<CrashLoopReport, 'served' | 'mirrors'>> {
  const late = await TestClient.connect(url, facilitatorAuth);
  const served = late.state;
  late.close();
  if (!served) throw new Error('No state served');
  for (const client of clients) {
    await client.sync();
    await client.waitForVersion(served.version, 15_000);
  }
  return { served, mirrors: clients.map((client) => ({ actor: client.actor, mirror: client.state, expected: viewOf(served, client.actor) })) };
}

type Tally = Pick<CrashLoopReport, 'sent' | 'acked' | 'refused' | 'refusalsByCode' | 'ackedAfterResend' | 'unanswered' | 'rateLimited' | 'internal'>;

function tally(senders: readonly RetryingSender[], verdicts: ClientVerdicts): Tally {
  const refusalsByCode: Record<string, number> = {};
  for (const { code } of verdicts.refused.values()) refusalsByCode[code] = (refusalsByCode[code] ?? 0) + 1;
  const sum = (count: (s: RetryingSender) => number) => senders.reduce((n, s) => n + count(s), 0);
  return {
    sent: verdicts.acked.size + verdicts.refused.size,
    acked: verdicts.acked.size,
    refused: verdicts.refused.size,
    refusalsByCode,
    ackedAfterResend: sum((s) => s.ackedAfterResend),
    unanswered: sum((s) => s.unanswered),
    rateLimited: sum((s) => s.rateLimited),
    internal: sum((s) => s.internal),
  };
}

/** One client acting on what its screen shows, one command at a time, until told to stop. */
async function work(sender: RetryingSender, random: () => number, thinkMs: readonly [number, number], stopping: () => boolean): Promise<void> {
  for (let serial = 0; !stopping(); serial++) {
    const state = sender.client.state;
    const command = state && nextCommand(state, sender.client.actor, random, serial);
    if (command) await sender.send(command);
    await sleep(between(random, thinkMs[0], thinkMs[1]));
  }
}

function verdictsOf(senders: readonly RetryingSender[]): ClientVerdicts {
  const acked = new Map<string, { actor: string; ack: CommandAck }>();
  const refused = new Map<string, { actor: string; code: string }>();
  for (const sender of senders) {
    const actor = actorKey(sender.client.actor);
    for (const [commandId, ack] of sender.acked) acked.set(commandId, { actor, ack });
    for (const [commandId, code] of sender.refused) refused.set(commandId, { actor, code });
  }
  return { acked, refused };
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventStore } from '@forum-ouvert/server';
import { COMMANDS, type CommandAck, type CommandType, type SocketAuth, type StoredEvent } from '@forum-ouvert/shared';
import { SAMPLES } from '../../shared/src/testing/commandSamples.ts';
import { created } from '../../shared/src/testing/fixtures.ts';
import { fold } from '../../shared/src/testing/scenario.ts';
import { TestClient } from '../helpers/client.ts';
import { rowsOfSession } from '../helpers/database.ts';
import { renameIds } from '../helpers/renameIds.ts';
import { nthJoinCode, seedSession, type SeededSession } from '../helpers/seededSessions.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { makeTempDir, removeDir } from '../helpers/tempDir.ts';

/**
 * Every command type, from every kind of caller, over real sockets. Each row plays the command's
 * sample (shared/src/testing/commandSamples.ts) in a session A seeded with the sample's story,
 * so an allowed caller is accepted; a refused caller must leave A exactly as it was.
 *
 * Session B is the same story under other ids (b-p1, b-t1...): its people hold valid credentials
 * of their own session and send A's ids. Whatever they send lands in B or nowhere.
 */
type Verdict = 'accepted' | 'FORBIDDEN' | 'NOT_FOUND' | 'accepted in B';

interface Row {
  facilitator: Verdict;
  participant: Verdict;
  'facilitator of B': Verdict;
  'participant of B': Verdict;
}

const row = (facilitator: Verdict, participant: Verdict, facilitatorOfB: Verdict, participantOfB: Verdict): Row => ({
  facilitator,
  participant,
  'facilitator of B': facilitatorOfB,
  'participant of B': participantOfB,
});

/** The same for every command: nobody gets past the handshake without credentials of A itself. */
const EVERY_ROW = {
  projector: 'FORBIDDEN',
  'no credentials': 'handshake refused: VALIDATION',
  'an unknown token': 'handshake refused: FORBIDDEN',
  "B's participant token on A's code": 'handshake refused: FORBIDDEN',
  "B's facilitator key on A's id": 'handshake refused: FORBIDDEN',
} as const;

/**
 * The expected verdict of each cell. B's facilitator runs B: a command that names no id of A
 * (setPhase, addSpace...) is simply B's own; one that names A's ids finds nothing.
 */
const EXPECTED = {
  setPhase: row('accepted', 'FORBIDDEN', 'accepted in B', 'FORBIDDEN'),
  updateVoteSettings: row('accepted', 'FORBIDDEN', 'accepted in B', 'FORBIDDEN'),
  revealTallies: row('accepted', 'FORBIDDEN', 'accepted in B', 'FORBIDDEN'),
  addPaperParticipant: row('accepted', 'FORBIDDEN', 'accepted in B', 'FORBIDDEN'),
  proposeTopic: row('accepted', 'accepted', 'NOT_FOUND', 'accepted in B'),
  editTopic: row('accepted', 'accepted', 'NOT_FOUND', 'NOT_FOUND'),
  withdrawTopic: row('accepted', 'accepted', 'NOT_FOUND', 'NOT_FOUND'),
  translateTopic: row('accepted', 'accepted', 'NOT_FOUND', 'NOT_FOUND'),
  removeTopicTranslation: row('accepted', 'accepted', 'NOT_FOUND', 'NOT_FOUND'),
  setTopicHidden: row('accepted', 'FORBIDDEN', 'NOT_FOUND', 'FORBIDDEN'),
  mergeTopics: row('accepted', 'FORBIDDEN', 'NOT_FOUND', 'FORBIDDEN'),
  placeDot: row('accepted', 'accepted', 'NOT_FOUND', 'NOT_FOUND'),
  removeDot: row('accepted', 'accepted', 'NOT_FOUND', 'NOT_FOUND'),
  addSpace: row('accepted', 'FORBIDDEN', 'accepted in B', 'FORBIDDEN'),
  updateSpace: row('accepted', 'FORBIDDEN', 'NOT_FOUND', 'FORBIDDEN'),
  removeSpace: row('accepted', 'FORBIDDEN', 'NOT_FOUND', 'FORBIDDEN'),
  addSlot: row('accepted', 'FORBIDDEN', 'accepted in B', 'FORBIDDEN'),
  updateSlot: row('accepted', 'FORBIDDEN', 'NOT_FOUND', 'FORBIDDEN'),
  removeSlot: row('accepted', 'FORBIDDEN', 'NOT_FOUND', 'FORBIDDEN'),
  proposeAgenda: row('accepted', 'FORBIDDEN', 'accepted in B', 'FORBIDDEN'),
  moveTopic: row('accepted', 'FORBIDDEN', 'NOT_FOUND', 'FORBIDDEN'),
  lockTopic: row('accepted', 'FORBIDDEN', 'NOT_FOUND', 'FORBIDDEN'),
  publishAgenda: row('accepted', 'FORBIDDEN', 'accepted in B', 'FORBIDDEN'),
  setGroupMode: row('accepted', 'FORBIDDEN', 'accepted in B', 'FORBIDDEN'),
  assignGroups: row('accepted', 'FORBIDDEN', 'accepted in B', 'FORBIDDEN'),
  moveParticipant: row('accepted', 'FORBIDDEN', 'NOT_FOUND', 'FORBIDDEN'),
  startTimer: row('accepted', 'FORBIDDEN', 'accepted in B', 'FORBIDDEN'),
  stopTimer: row('accepted', 'FORBIDDEN', 'accepted in B', 'FORBIDDEN'),
  setCurrentSlot: row('accepted', 'FORBIDDEN', 'NOT_FOUND', 'FORBIDDEN'),
  setSpotlight: row('accepted', 'FORBIDDEN', 'NOT_FOUND', 'FORBIDDEN'),
  publishNotes: row('accepted', 'FORBIDDEN', 'accepted in B', 'FORBIDDEN'),
  joinGroup: row('FORBIDDEN', 'accepted', 'FORBIDDEN', 'NOT_FOUND'),
  leaveGroup: row('FORBIDDEN', 'accepted', 'FORBIDDEN', 'NOT_FOUND'),
  checkIn: row('FORBIDDEN', 'accepted', 'FORBIDDEN', 'NOT_FOUND'),
  openConvergence: row('accepted', 'FORBIDDEN', 'NOT_FOUND', 'FORBIDDEN'),
  closeConvergence: row('accepted', 'FORBIDDEN', 'accepted in B', 'FORBIDDEN'),
  revealConvergence: row('accepted', 'FORBIDDEN', 'accepted in B', 'FORBIDDEN'),
  placeProposalDot: row('accepted', 'accepted', 'NOT_FOUND', 'NOT_FOUND'),
  removeProposalDot: row('accepted', 'accepted', 'NOT_FOUND', 'NOT_FOUND'),
} satisfies Record<CommandType, Row>;

const TYPES = Object.keys(COMMANDS) as CommandType[];
/** The phone participant of every story who sends the participant's sample. */
const P1 = 'p1';
const B = (id: string) => `b-${id}`;

/** Per command type: A for refusals, a fresh A for each caller that should be accepted, and B. */
interface Sessions {
  refused: SeededSession;
  acceptedFor: Record<'facilitator' | 'participant', SeededSession>;
  b: SeededSession;
}

const dataDir = makeTempDir('authorisation');
const sessions = new Map<CommandType, Sessions>();
let server: TestServer;

/** The story under B's ids: every id of its state (people, topics, rooms, slots, themes, proposals) renamed. */
function asSessionB(story: readonly StoredEvent[]): StoredEvent[] {
  const state = fold([created(), ...story]);
  const ids = [
    ...Object.keys(state.participants),
    ...Object.keys(state.topics),
    ...Object.keys(state.spaces),
    ...Object.keys(state.slots),
    ...Object.keys(state.convergence.proposals),
    ...state.themes.map((theme) => theme.id),
  ];
  return renameIds([...story], new Map(ids.map((id) => [id, B(id)])));
}

beforeAll(async () => {
  const store = EventStore.open(dataDir);
  let n = 0;
  const seed = (type: CommandType, label: string, story: readonly StoredEvent[]) => seedSession(store, `s_${type}_${label}`, nthJoinCode(n++), story);
  for (const type of TYPES) {
    const { story } = SAMPLES[type];
    sessions.set(type, {
      refused: seed(type, 'a', story),
      acceptedFor: { facilitator: seed(type, 'af', story), participant: seed(type, 'ap', story) },
      b: seed(type, 'b', asSessionB(story)),
    });
  }
  store.close();
  server = await startServer(dataDir);
});

afterAll(async () => {
  await server.stop();
  removeDir(dataDir);
});

function sessionsOf(type: CommandType): Sessions {
  const found = sessions.get(type);
  if (!found) throw new Error(`No sessions seeded for ${type}`);
  return found;
}

/** Connects with `auth`, sends one command, hangs up: each cell is a caller of its own. */
async function sendAs(auth: SocketAuth, command: ReturnType<(typeof SAMPLES)[CommandType]['command']>): Promise<CommandAck> {
  const client = await TestClient.connect(server.url, auth);
  try {
    return await client.command(command);
  } finally {
    client.close();
  }
}

function codeOf(ack: CommandAck, accepted: Verdict): string {
  return ack.ok ? accepted : ack.error.code;
}

describe('the authorisation matrix', () => {
  it('has a row for every command type, and a sample for each', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...TYPES].sort());
    expect(Object.keys(SAMPLES).sort()).toEqual([...TYPES].sort());
  });

  it.each(TYPES)('%s: each caller gets its verdict, and every refusal leaves A as it was', async (type) => {
    const { refused: a, acceptedFor, b } = sessionsOf(type);
    const sample = SAMPLES[type];
    const sessionsOfA = [a, acceptedFor.facilitator, acceptedFor.participant];
    const untouched = () => sessionsOfA.map(({ sessionId }) => ({ state: server.stateOf(sessionId), rows: rowsOfSession(dataDir, sessionId) }));
    const before = untouched();
    const verdicts: Record<string, string> = {};

    // Callers who are not A's facilitator or participant: none of them may change any copy of A.
    verdicts['projector'] = codeOf(await sendAs(a.projectorAuth, sample.command('projector')), 'accepted');
    const bVersion = () => server.stateOf(b.sessionId).version;
    for (const [caller, role, auth] of [
      ['facilitator of B', 'facilitator', b.facilitatorAuth],
      ['participant of B', 'participant', b.participantAuth(B(P1))],
    ] as const) {
      const version = bVersion();
      const ack = await sendAs(auth, sample.command(role));
      verdicts[caller] = codeOf(ack, 'accepted in B');
      if (ack.ok) expect(bVersion(), `${caller}'s ${type} changed B`).toBeGreaterThan(version);
    }
    const refusedHandshakes: [keyof typeof EVERY_ROW, unknown][] = [
      ['no credentials', undefined],
      ['an unknown token', { role: 'participant', code: a.code, token: 'not-a-token-of-anyone'.padEnd(32, 'x') }],
      ["B's participant token on A's code", { role: 'participant', code: a.code, token: b.tokenOf(B(P1)) }],
      ["B's facilitator key on A's id", { role: 'facilitator', sessionId: a.sessionId, key: b.facilitatorKey }],
    ];
    for (const [caller, auth] of refusedHandshakes) verdicts[caller] = `handshake refused: ${await TestClient.refusal(server.url, auth)}`;
    const after = untouched();
    for (const [i, { state, rows }] of after.entries()) {
      expect(state, `a copy of A changed during ${type}`).toBe(before[i]?.state);
      expect(rows).toEqual(before[i]?.rows);
    }

    // A's own facilitator and participant: a refusal on A, an acceptance on a copy of their own.
    for (const role of ['facilitator', 'participant'] as const) {
      const target = EXPECTED[type][role] === 'accepted' ? acceptedFor[role] : a;
      const auth = role === 'facilitator' ? target.facilitatorAuth : target.participantAuth(P1);
      const stateBefore = server.stateOf(target.sessionId);
      const ack = await sendAs(auth, sample.command(role));
      verdicts[role] = codeOf(ack, 'accepted');
      if (ack.ok) expect(server.stateOf(target.sessionId).version, `${role}'s ${type} changed nothing`).toBeGreaterThan(stateBefore.version);
      else expect(server.stateOf(target.sessionId)).toBe(stateBefore);
    }
    expect(server.stateOf(a.sessionId)).toBe(before[0]?.state);
    expect(rowsOfSession(dataDir, a.sessionId)).toEqual(before[0]?.rows);

    expect(verdicts).toEqual({ ...EXPECTED[type], ...EVERY_ROW });
  });
});

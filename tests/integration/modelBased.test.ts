import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  decide,
  dotsFitSettings,
  fail,
  maxDotsPerTopic,
  viewOf,
  type Actor,
  type Command,
  type CommandAck,
  type PhaseId,
  type SessionState,
  type StoredEvent,
} from '@forum-ouvert/shared';
import { applyAll, fold } from '../../shared/src/testing/scenario.ts';
import { newCommandId, TestClient } from '../helpers/client.ts';
import { loggedEvents } from '../helpers/database.ts';
import { createSession, joinParticipant } from '../helpers/http.ts';
import { learnIds, renameIds, type IdMap } from '../helpers/renameIds.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { removeDir } from '../helpers/tempDir.ts';
import { until } from '../helpers/wait.ts';

/**
 * The server against a model of it. The model is the domain itself (`decide` and `evolve` from
 * shared) plus the server's one rule of its own, command ids: a known id gets its first answer
 * back, from its sender, and CONFLICT from anyone else. Random sequences of proposals, edits,
 * translations, dots, phases, merges and hides, from several phones and the facilitator (also
 * for a person on paper), with phones dropping and coming back and commands sent again.
 *
 * After every step the server's state is the model's (under the server's ids), the log on disk
 * folds to it, nobody holds more dots than allowed; at each resync every screen shows exactly
 * its reader's view of it. Replay a failure with MODEL_SEED=<seed printed by fast-check>.
 */
const SEED = Number(process.env['MODEL_SEED'] ?? 20250615);
const RUNS = Number(process.env['MODEL_RUNS'] ?? 25);
const PHONES = 3;
const PSEUDONYMS = ['Amina', 'Yusuf', 'Olena'];
const TITLES = ['Santé', 'Logement', 'Titre de séjour', 'Cours du soir'];

/** The server's clock, moved by the model, so that `decide` sees the same `now` on both sides. */
const clock = { t: Date.UTC(2025, 5, 14, 9), now: () => clock.t };
let server: TestServer;

beforeAll(async () => {
  server = await startServer(undefined, { clock, broadcastTickMs: 10 });
});

afterAll(async () => {
  await server.stop();
  removeDir(server.dataDir);
});

interface Sent {
  commandId: string;
  command: Command;
  ack: CommandAck;
}

interface Person {
  actor: Actor;
  connected: boolean;
  last?: Sent;
}

interface Model {
  state: SessionState;
  /** Ids the model minted (m-t1...) and what the server called them. */
  ids: IdMap;
  minted: number;
  /** The facilitator, then the phones, as the server knows them (their ids predate the run). */
  people: Person[];
  /** Paper participants, in model ids: the facilitator acts for them. */
  paper: string[];
  /** The server's dedupe, as the model sees it: accepted ids with their sender, refusals per sender. */
  accepted: Map<string, { who: string; ack: CommandAck }>;
  refused: Map<string, CommandAck>;
}

interface Real {
  sessionId: string;
  /** Same order as `Model.people`. */
  clients: TestClient[];
  projector: TestClient;
}

type Who = { kind: 'facilitator' } | { kind: 'phone'; i: number } | { kind: 'paper'; j: number };
const FACILITATOR = 0;
const personIndex = (who: Who) => (who.kind === 'phone' ? 1 + who.i : FACILITATOR);
const describeWho = (who: Who) => (who.kind === 'phone' ? `phone ${who.i}` : who.kind === 'paper' ? `facilitator for paper ${who.j}` : 'facilitator');
const whoKey = (actor: Actor) => (actor.role === 'participant' ? `p:${actor.participantId}` : actor.role);
const isMinted = (id: string) => id.startsWith('m-');

/** A topic of the model by position, or one that does not exist (one position past the end). */
function topicAt(model: Readonly<Model>, ref: number): string {
  const ids = Object.keys(model.state.topics);
  return ids[ref % (ids.length + 1)] ?? 'ghost-topic';
}

function forPaper<C extends object>(model: Readonly<Model>, who: Who, command: C): C {
  if (who.kind !== 'paper' || model.paper.length === 0) return command;
  return { ...command, asParticipantId: model.paper[who.j % model.paper.length] };
}

/** What the server must answer, and the events it must log, for this command id from this sender. */
function expected(model: Model, actor: Actor, commandId: string, command: Command): { ack: CommandAck; events: StoredEvent[] } {
  const who = whoKey(actor);
  const known = model.accepted.get(commandId);
  if (known) return { ack: known.who === who ? known.ack : fail('CONFLICT', 'Command id already used by someone else'), events: [] };
  const refused = model.refused.get(`${who}/${commandId}`);
  if (refused) return { ack: refused, events: [] };
  const decision = decide(model.state, command, { actor, now: clock.t, newId: (prefix) => `m-${prefix}${++model.minted}` });
  if (!decision.ok) return { ack: decision, events: [] };
  return { ack: { ok: true, version: model.state.version + decision.events.length }, events: decision.events };
}

/** Sends one command from one person, checks the answer and the log against the model, then advances it. */
async function send(model: Model, real: Real, who: Who, command: Command, commandId: string): Promise<void> {
  clock.t += 1000;
  const person = model.people[personIndex(who)];
  const client = real.clients[personIndex(who)];
  if (!person || !client) throw new Error(`Nobody is ${describeWho(who)}`);
  const { ack: want, events } = expected(model, person.actor, commandId, command);
  const ack = await client.command(renameIds(command, model.ids), commandId);
  const label = `${JSON.stringify(command)} from ${describeWho(who)}`;
  // The very answer: same verdict, same version, same refusal message (both sides run the same decide).
  expect(ack, label).toEqual(want);

  const logged = loggedEvents(server.dataDir, real.sessionId).slice(model.state.version);
  const decided = events;
  expect(logged.map((entry) => entry.event.type), label).toEqual(decided.map((event) => event.type));
  decided.forEach((event, i) => learnIds(event, logged[i]?.event, isMinted, model.ids));
  expect(logged.map((entry) => entry.event), label).toEqual(renameIds(decided, model.ids));

  const who_ = whoKey(person.actor);
  if (!model.accepted.has(commandId) && !model.refused.has(`${who_}/${commandId}`)) {
    if (want.ok) model.accepted.set(commandId, { who: who_, ack: want });
    else model.refused.set(`${who_}/${commandId}`, want);
  }
  model.state = applyAll(model.state, decided);
  person.last = { commandId, command, ack };
  expectInvariants(model, real);
}

/** After every step: the server holds the model's state, its log folds to it, no budget is exceeded. */
function expectInvariants(model: Readonly<Model>, real: Real): void {
  const state = server.stateOf(real.sessionId);
  expect(state).toEqual(renameIds(model.state, model.ids));
  expect(fold(loggedEvents(server.dataDir, real.sessionId).map((entry) => entry.event))).toEqual(state);
  expect(dotsFitSettings(state.dots, state.settings), 'someone holds more dots than allowed').toBe(true);
  const perTopic = maxDotsPerTopic(state.settings);
  for (const [participantId, byTopic] of Object.entries(state.dots)) {
    const used = Object.values(byTopic).reduce((a, b) => a + b, 0);
    expect(used, `${participantId} over budget`).toBeLessThanOrEqual(state.settings.dotBudget);
    for (const n of Object.values(byTopic)) expect(n).toBeLessThanOrEqual(perTopic);
  }
}

/** Every connected screen catches up, then shows exactly what the server says its reader may see. */
async function expectScreensInSync(model: Readonly<Model>, real: Real): Promise<void> {
  const state = server.stateOf(real.sessionId);
  const screens = [...real.clients.filter((_, i) => model.people[i]?.connected), real.projector];
  await Promise.all(screens.map((client) => client.waitForVersion(state.version)));
  for (const client of screens) expect(client.state, `${JSON.stringify(client.you)}'s screen`).toEqual(viewOf(state, client.actor));
}

class Act implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly who: Who,
    readonly what: string,
    readonly make: (model: Readonly<Model>) => Command,
  ) {}
  check = (model: Readonly<Model>) => model.people[personIndex(this.who)]?.connected === true;
  run = (model: Model, real: Real) => send(model, real, this.who, this.make(model), newCommandId());
  toString = () => `${this.what} by ${describeWho(this.who)}`;
}

/** The same command id again (a lost ack, a reconnection): the first answer comes back, nothing is applied twice. */
class Retry implements fc.AsyncCommand<Model, Real> {
  constructor(readonly who: Who) {}
  check = (model: Readonly<Model>) => {
    const person = model.people[personIndex(this.who)];
    return person?.connected === true && person.last !== undefined;
  };
  run = async (model: Model, real: Real) => {
    const last = model.people[personIndex(this.who)]?.last;
    if (!last) return;
    const version = model.state.version;
    await send(model, real, this.who, last.command, last.commandId);
    expect(model.people[personIndex(this.who)]?.last?.ack).toEqual(last.ack);
    expect(model.state.version).toBe(version);
  };
  toString = () => `retry by ${describeWho(this.who)}`;
}

/** Someone else's command id: CONFLICT if it was accepted, otherwise it is this sender's own new command. */
class Reuse implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly who: Who,
    readonly victim: number,
  ) {}
  check = (model: Readonly<Model>) =>
    model.people[personIndex(this.who)]?.connected === true && model.people[this.victim % model.people.length]?.last !== undefined;
  run = async (model: Model, real: Real) => {
    const last = model.people[this.victim % model.people.length]?.last;
    if (last) await send(model, real, this.who, last.command, last.commandId);
  };
  toString = () => `${describeWho(this.who)} reuses the command id of person ${this.victim}`;
}

class Disconnect implements fc.AsyncCommand<Model, Real> {
  constructor(readonly phone: number) {}
  check = (model: Readonly<Model>) => model.people[1 + this.phone]?.connected === true;
  run = async (model: Model, real: Real) => {
    const client = real.clients[1 + this.phone];
    const person = model.people[1 + this.phone];
    if (!client || !person) return;
    client.close();
    person.connected = false;
    await until(() => !client.socket.connected, 'the phone to drop');
  };
  toString = () => `phone ${this.phone} drops`;
}

class Reconnect implements fc.AsyncCommand<Model, Real> {
  constructor(readonly phone: number) {}
  check = (model: Readonly<Model>) => model.people[1 + this.phone]?.connected === false;
  run = async (model: Model, real: Real) => {
    const client = real.clients[1 + this.phone];
    const person = model.people[1 + this.phone];
    if (!client || !person) return;
    client.socket.connect();
    await until(() => client.socket.connected, 'the phone to come back');
    await client.sync();
    person.connected = true;
    expect(client.state).toEqual(viewOf(server.stateOf(real.sessionId), person.actor));
  };
  toString = () => `phone ${this.phone} comes back`;
}

class Resync implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  run = (model: Model, real: Real) => expectScreensInSync(model, real);
  toString = () => 'every screen catches up';
}

const phoneArb = fc.nat({ max: PHONES - 1 });
const whoArb: fc.Arbitrary<Who> = fc.oneof(
  { weight: 6, arbitrary: phoneArb.map((i): Who => ({ kind: 'phone', i })) },
  { weight: 2, arbitrary: fc.constant<Who>({ kind: 'facilitator' }) },
  { weight: 2, arbitrary: fc.nat().map((j): Who => ({ kind: 'paper', j })) },
);
const facilitator = fc.constant<Who>({ kind: 'facilitator' });
const titleArb = fc.constantFrom(...TITLES);
const topicRef = fc.nat();

/** fc.commands draws its arbitraries evenly: an arbitrary listed n times is drawn n times as often. */
const times = <T>(n: number, arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T>[] => Array.from({ length: n }, () => arbitrary);

const commandsArb = fc.commands(
  [
    ...times(
      4,
      fc.tuple(whoArb, titleArb).map(
        ([who, title]) => new Act(who, `propose ${title}`, (m) => forPaper(m, who, { type: 'proposeTopic', title, description: '', themeId: m.state.themes[0]?.id ?? null })),
      ),
    ),
    fc.tuple(whoArb, topicRef, titleArb).map(([who, ref, title]) => new Act(who, `edit topic #${ref}`, (m) => ({ type: 'editTopic', topicId: topicAt(m, ref), title, description: '', themeId: null }))),
    fc.tuple(whoArb, topicRef).map(([who, ref]) => new Act(who, `withdraw topic #${ref}`, (m) => ({ type: 'withdrawTopic', topicId: topicAt(m, ref) }))),
    fc
      .tuple(whoArb, topicRef, fc.constantFrom('ar', 'en', 'uk'), titleArb)
      .map(([who, ref, language, title]) => new Act(who, `translate topic #${ref}`, (m) => ({ type: 'translateTopic', topicId: topicAt(m, ref), language, title }))),
    ...times(6, fc.tuple(whoArb, topicRef).map(([who, ref]) => new Act(who, `dot on topic #${ref}`, (m) => forPaper(m, who, { type: 'placeDot', topicId: topicAt(m, ref) })))),
    ...times(2, fc.tuple(whoArb, topicRef).map(([who, ref]) => new Act(who, `dot off topic #${ref}`, (m) => forPaper(m, who, { type: 'removeDot', topicId: topicAt(m, ref) })))),
    ...times(
      2,
      fc.constantFrom<PhaseId>('marketplace', 'marketplace', 'voting', 'voting', 'voting', 'lobby', 'agenda').map((phase) => new Act({ kind: 'facilitator' }, `phase ${phase}`, () => ({ type: 'setPhase', phase }))),
    ),
    fc
      .record({ dotBudget: fc.integer({ min: 1, max: 4 }), allowStacking: fc.boolean(), tallyMode: fc.constantFrom('live', 'hidden') as fc.Arbitrary<'live' | 'hidden'> })
      .map((settings) => new Act({ kind: 'facilitator' }, `settings ${JSON.stringify(settings)}`, () => ({ type: 'updateVoteSettings', settings }))),
    fc.boolean().map((revealed) => new Act({ kind: 'facilitator' }, `reveal ${revealed}`, () => ({ type: 'revealTallies', revealed }))),
    fc.tuple(topicRef, topicRef).map(([a, b]) => new Act({ kind: 'facilitator' }, `merge #${a} into #${b}`, (m) => ({ type: 'mergeTopics', sourceId: topicAt(m, a), targetId: topicAt(m, b) }))),
    fc.tuple(topicRef, fc.boolean()).map(([ref, hidden]) => new Act({ kind: 'facilitator' }, `hide #${ref} ${hidden}`, (m) => ({ type: 'setTopicHidden', topicId: topicAt(m, ref), hidden }))),
    phoneArb.map((i) => new Disconnect(i)),
    ...times(2, phoneArb.map((i) => new Reconnect(i))),
    ...times(2, fc.oneof(facilitator, whoArb).map((who) => new Retry(who))),
    fc.tuple(whoArb, fc.nat()).map(([who, victim]) => new Reuse(who, victim)),
    fc.constant(new Resync()),
  ],
  { maxCommands: 50, size: 'max' },
);

/** A fresh session: the facilitator, three phones, a projector, one person on paper, four topics; the vote is open. */
async function setup(): Promise<{ model: Model; real: Real }> {
  const session = await createSession(server.url, { title: 'Atelier modèle', themes: [{ name: 'Santé', icon: 'health' }] });
  const phones = [];
  for (const pseudonym of PSEUDONYMS.slice(0, PHONES)) phones.push(await joinParticipant(server.url, session.code, pseudonym));
  const clients = [await TestClient.connect(server.url, session.facilitatorAuth), ...(await Promise.all(phones.map((p) => TestClient.connect(server.url, p.auth))))];
  const projector = await TestClient.connect(server.url, session.projectorAuth);
  const real: Real = { sessionId: session.sessionId, clients, projector };
  const model: Model = {
    // The log so far (creation and joins) is where the model starts; from here on it predicts.
    state: fold(loggedEvents(server.dataDir, session.sessionId).map((entry) => entry.event)),
    ids: new Map(),
    minted: 0,
    people: [{ actor: { role: 'facilitator' }, connected: true }, ...phones.map((p): Person => ({ actor: { role: 'participant', participantId: p.participantId }, connected: true }))],
    paper: [],
    accepted: new Map(),
    refused: new Map(),
  };
  await send(model, real, { kind: 'facilitator' }, { type: 'setPhase', phase: 'marketplace' }, newCommandId());
  await send(model, real, { kind: 'facilitator' }, { type: 'addPaperParticipant', pseudonym: 'Sur papier' }, newCommandId());
  model.paper = Object.values(model.state.participants).filter((p) => p.paper).map((p) => p.id);
  // A topic from each phone and one written down for the person on paper, then the vote opens.
  for (const [i, title] of TITLES.entries()) {
    const who: Who = i < PHONES ? { kind: 'phone', i } : { kind: 'paper', j: 0 };
    await send(model, real, who, forPaper(model, who, { type: 'proposeTopic', title, description: '', themeId: null }), newCommandId());
  }
  await send(model, real, { kind: 'facilitator' }, { type: 'setPhase', phase: 'voting' }, newCommandId());
  return { model, real };
}

describe(`the server against its model (seed ${SEED}, ${RUNS} runs)`, () => {
  it('agrees with decide/evolve step by step, dedupes command ids, keeps budgets, and every screen converges', async () => {
    await fc.assert(
      fc.asyncProperty(commandsArb, async (commands) => {
        let run: { model: Model; real: Real } | undefined;
        try {
          await fc.asyncModelRun(async () => (run = await setup()), commands);
          if (!run) return;
          const { model, real } = run;
          // At the end everyone comes back, and every screen shows its reader's view of the log's state.
          for (const [i, person] of model.people.entries()) if (!person.connected) await new Reconnect(i - 1).run(model, real);
          await expectScreensInSync(model, real);
        } finally {
          for (const client of [...(run?.real.clients ?? []), ...(run ? [run.real.projector] : [])]) client.close();
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

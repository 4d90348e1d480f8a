import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CommandEnvelopeSchema,
  ERROR_CODES,
  JOIN_CODE_ALPHABET,
  MAX_MESSAGE_BYTES,
  NotesOpenSchema,
  NotesUpdateSchema,
  SocketAuthSchema,
  SyncRequestSchema,
  type Command,
  type GroupKey,
} from '@forum-ouvert/shared';
import { at } from '../helpers/agenda.ts';
import { newCommandId, TestClient } from '../helpers/client.ts';
import { rowsOfSession } from '../helpers/database.ts';
import {
  asSent,
  brokenEnvelopeArb,
  CLEAR_REFUSALS,
  ghostCommandArb,
  ghostIdArb,
  INHERITED_NAMES,
  junkArb,
  LISTENED,
  RESERVED_EVENTS,
  SAMPLE_COMMANDS,
  sampleCommands,
  withEveryIdAs,
  type ListenedEvent,
} from '../helpers/hostilePayloads.ts';
import { openHostileTarget, type HostileTarget } from '../helpers/hostileTarget.ts';

/**
 * Random and malformed payloads on every event the server listens to (LISTENED), from every
 * kind of caller. The server answers each with a clear refusal or drops it, keeps serving, and
 * the session, its database rows and what a facilitator is told stay exactly as they were.
 *
 * A failure prints fast-check's seed and path; run again with FUZZ_SEED=<seed> to replay it,
 * FUZZ_RUNS=<n> for a longer hunt.
 */
const SEED = Number(process.env['FUZZ_SEED'] ?? 20250614);
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 40);
const fuzz = { seed: SEED, numRuns: RUNS };
/** Generous: the suite runs beside others on a busy machine, and a slow answer is no wrong one. */
const ACK_MS = 10_000;

let target: HostileTarget;
/** Senders in turn, so that no one person's rate limit is what answers. */
let turn = 0;
function nextOf<T>(pool: readonly T[]): T {
  return at(pool, turn++ % pool.length);
}

beforeAll(async () => {
  target = await openHostileTarget(16, 4);
});

afterAll(async () => {
  await target.close();
});

type Answer = { ok: true } | { ok: false; error: { code: string; message: string } };

/** Sends and waits for the answer, which must be a result or a refusal with a known code and a message. */
async function emitWithAck(client: TestClient, event: string, ...args: unknown[]): Promise<Answer> {
  const answer = (await client.raw.timeout(ACK_MS).emitWithAck(event, ...args)) as Answer;
  if (!answer.ok) {
    expect(ERROR_CODES).toContain(answer.error.code);
    expect(typeof answer.error.message === 'string' && answer.error.message.length > 0, 'a refusal says why').toBe(true);
  }
  return answer;
}

function codeOf(answer: Answer): string {
  return answer.ok ? 'OK' : answer.error.code;
}

/** A message the socket handles after everything sent before it: once answered, the earlier ones were handled. */
async function barrier(client: TestClient): Promise<void> {
  expect(codeOf(await emitWithAck(client, 'sync', { since: 0 }))).toBe('OK');
}

const invalidFor = (schema: { safeParse(value: unknown): { success: boolean } }) => (payload: unknown) =>
  !schema.safeParse(asSent(payload)).success;

describe(`every event the server listens to, fuzzed (seed ${SEED}, ${RUNS} runs)`, () => {
  it('command: a broken envelope gets VALIDATION from any role, and changes nothing', async () => {
    const senders = () => [target.facilitator, ...target.outsiders, ...target.projectors];
    await fc.assert(
      fc.asyncProperty(fc.array(brokenEnvelopeArb.filter(invalidFor(CommandEnvelopeSchema)), { minLength: 1, maxLength: 4 }), async (payloads) => {
        const sender = nextOf(senders());
        const answers = await Promise.all(payloads.map((payload) => emitWithAck(sender, 'command', payload)));
        expect(answers.map(codeOf)).toEqual(payloads.map(() => 'VALIDATION'));
        await target.expectStillServing();
      }),
      fuzz,
    );
    await target.expectUntouched();
  });

  it('command: ids the session does not have (made up, or names every object answers to) are refused clearly', async () => {
    const senders = () => [target.facilitator, ...target.outsiders, target.writer.client];
    await fc.assert(
      fc.asyncProperty(fc.array(ghostCommandArb, { minLength: 1, maxLength: 4 }), async (commands) => {
        const sender = nextOf(senders());
        const answers = await Promise.all(commands.map((command) => emitWithAck(sender, 'command', { commandId: newCommandId(), command })));
        for (const [i, answer] of answers.entries()) {
          expect(CLEAR_REFUSALS, `${JSON.stringify(commands[i])} got ${JSON.stringify(answer)}`).toContain(codeOf(answer));
        }
        await target.expectStillServing();
      }),
      fuzz,
    );
    await target.expectUntouched();
  });

  it('command: the projector gets VALIDATION for what is malformed and FORBIDDEN for everything else', async () => {
    const valid = fc.constantFrom(...SAMPLE_COMMANDS).map((command) => ({ commandId: newCommandId(), command }));
    const ghost = ghostCommandArb.map((command) => ({ commandId: newCommandId(), command }));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(brokenEnvelopeArb, valid, ghost), { minLength: 1, maxLength: 4 }), async (payloads) => {
        const answers = await Promise.all(payloads.map((payload) => emitWithAck(nextOf(target.projectors), 'command', payload)));
        const expected = payloads.map((payload) => (invalidFor(CommandEnvelopeSchema)(payload) ? 'VALIDATION' : 'FORBIDDEN'));
        expect(answers.map(codeOf)).toEqual(expected);
        await target.expectStillServing();
      }),
      fuzz,
    );
    await target.expectUntouched();
  });

  it("sync: junk gets VALIDATION, a valid request the reader's own identity, and nothing changes", async () => {
    const request = fc.oneof(junkArb, fc.record({ since: fc.oneof(fc.integer(), fc.double(), junkArb) }));
    await fc.assert(
      fc.asyncProperty(request, async (payload) => {
        const reader = nextOf([target.facilitator, ...target.outsiders, ...target.projectors]);
        const answer = await emitWithAck(reader, 'sync', payload);
        if (invalidFor(SyncRequestSchema)(payload)) expect(codeOf(answer)).toBe('VALIDATION');
        else expect(answer).toMatchObject({ ok: true, you: reader.actor });
        await target.expectStillServing();
      }),
      fuzz,
    );
    await target.expectUntouched();
  });

  it('notes:open and notes:update: junk gets VALIDATION, a made-up group NOT_FOUND, a meeting group FORBIDDEN to outsiders', async () => {
    const keyArb: fc.Arbitrary<GroupKey> = fc.oneof(
      fc.constantFrom(target.group, target.otherGroup),
      fc.record({ slotId: fc.oneof(ghostIdArb, fc.constant(target.group.slotId)), topicId: ghostIdArb }),
    );
    const bytesArb = fc.oneof(fc.uint8Array({ maxLength: 64 }), junkArb);
    const message = fc.oneof(
      junkArb,
      fc.record({ key: keyArb, bytes: bytesArb, extra: fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'x'), junkArb, { maxKeys: 2 }) }).map(
        ({ key, bytes, extra }) => ({ ...extra, ...key, stateVector: bytes, update: bytes }),
      ),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom<ListenedEvent>('notes:open', 'notes:update'), message, async (event, payload) => {
        const sender = nextOf([...target.outsiders, ...target.projectors]);
        const answer = await emitWithAck(sender, event, payload);
        const schema = event === 'notes:open' ? NotesOpenSchema : NotesUpdateSchema;
        const sent = schema.safeParse(asSent(payload));
        const meets = (key: GroupKey) => [target.group, target.otherGroup].some((g) => g.slotId === key.slotId && g.topicId === key.topicId);
        expect(codeOf(answer)).toBe(!sent.success ? 'VALIDATION' : meets(sent.data) ? 'FORBIDDEN' : 'NOT_FOUND');
        await target.expectStillServing();
      }),
      fuzz,
    );
    await target.expectUntouched();
  });

  it('notes:awareness and notes:close answer nothing and relay nothing to the group', async () => {
    const relayed = target.writer.awareness.length;
    const payload = fc.oneof(
      junkArb,
      fc.record({ slotId: fc.constant(target.group.slotId), topicId: fc.constant(target.group.topicId), update: fc.uint8Array({ maxLength: 64 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('notes:awareness', 'notes:close'), payload, async (event, message) => {
        const sender = nextOf([...target.outsiders, ...target.projectors]);
        const answers: unknown[] = [];
        sender.raw.emit(event, message, (answer: unknown) => answers.push(answer));
        await barrier(sender);
        expect(answers).toEqual([]);
        await target.expectStillServing();
      }),
      fuzz,
    );
    await barrier(target.writer.client);
    expect(target.writer.awareness.length).toBe(relayed);
    await target.expectUntouched();
  });

  it('notes:update from a member: bytes that are no Yjs update get VALIDATION and the notes keep their text', async () => {
    const { sessionId, group, server, writer } = target;
    const textOf = () => server.app.notes.notesOf(sessionId).find((n) => n.topicId === group.topicId)?.sections;
    const text = textOf();
    const rows = rowsOfSession(server.dataDir, sessionId)['notes_updates'] ?? 0;
    let saved = 0;
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 3000 }), async (bytes) => {
        const answer = await emitWithAck(writer.client, 'notes:update', { ...group, update: bytes });
        expect(['VALIDATION', 'OK']).toContain(codeOf(answer));
        if (answer.ok) saved++;
        expect(textOf()).toEqual(text);
        await target.expectStillServing();
      }),
      fuzz,
    );
    // Whatever parsed as an (empty) update was kept as a row, and only that.
    expect(rowsOfSession(server.dataDir, sessionId)['notes_updates']).toBe(rows + saved);
    target.rebaseRows();
    await target.expectUntouched();
  });

  it('the handshake: auth that is not a session credential is refused with VALIDATION, NOT_FOUND or FORBIDDEN', async () => {
    const { sessionId } = target;
    const code = target.projectors[0]?.state?.code ?? '';
    // Mostly well-formed, so that the session's own id and code come up with wrong secrets (FORBIDDEN).
    const mostly = <T>(usual: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: usual }, { weight: 1, arbitrary: junkArb });
    const codeArb = mostly(fc.oneof(fc.constant(code), fc.string({ unit: fc.constantFrom(...JOIN_CODE_ALPHABET), minLength: 6, maxLength: 6 })));
    const secretArb = mostly(fc.string({ minLength: 20, maxLength: 128 }));
    const authArb = fc.oneof(
      { weight: 1, arbitrary: fc.object({ key: fc.constantFrom('role', 'code', 'token', 'key', 'sessionId', '__proto__', 'constructor'), maxDepth: 2 }) },
      {
        weight: 4,
        arbitrary: fc.record({
          role: mostly(fc.constantFrom('facilitator', 'participant', 'projector', 'admin')),
          sessionId: mostly(fc.oneof(fc.constant(sessionId), ghostIdArb)),
          code: codeArb,
          key: secretArb,
          token: secretArb,
        }),
      },
    );
    await fc.assert(
      fc.asyncProperty(authArb, async (auth) => {
        const sent = SocketAuthSchema.safeParse(JSON.parse(JSON.stringify(auth)));
        // The join code alone is a projector's credential, on purpose: that one may connect.
        fc.pre(!(sent.success && sent.data.role === 'projector' && sent.data.code === code));
        const mine = sent.success && (sent.data.role === 'facilitator' ? sent.data.sessionId === sessionId : sent.data.code === code);
        expect(await TestClient.refusal(target.server.url, auth)).toBe(!sent.success ? 'VALIDATION' : mine ? 'FORBIDDEN' : 'NOT_FOUND');
        await target.expectStillServing();
      }),
      fuzz,
    );
    await target.expectUntouched();
  });

  it('unknown events, with any arguments and an ack, are dropped: no answer', async () => {
    const known = new Set<string>([...Object.keys(LISTENED), ...RESERVED_EVENTS]);
    const nameArb = fc.oneof(fc.string(), fc.constantFrom('Command', 'command ', 'notes:delete', 'admin', '__proto__', 'constructor', 'toString'));
    await fc.assert(
      fc.asyncProperty(nameArb.filter((name) => !known.has(name)), fc.array(junkArb, { maxLength: 3 }), async (name, args) => {
        const sender = nextOf([target.facilitator, ...target.outsiders, ...target.projectors]);
        const answers: unknown[] = [];
        sender.raw.emit(name, ...args, (answer: unknown) => answers.push(answer));
        await barrier(sender);
        expect(answers).toEqual([]);
        await target.expectStillServing();
      }),
      fuzz,
    );
    await target.expectUntouched();
  });
});

describe('messages no well-behaved client sends', () => {
  it('ids every object already has (__proto__, constructor, toString...) are VALIDATION for every role and write nothing', async () => {
    // Found by the fuzzing above: `state.topics.constructor` exists on every state, so the
    // facilitator's setTopicHidden on it was accepted and a participant's translateTopic threw.
    const aimed = (role: 'facilitator' | 'participant') =>
      sampleCommands(role).flatMap((command, i) => withEveryIdAs(command, at(INHERITED_NAMES, i % INHERITED_NAMES.length)) ?? []);
    // One person's commands in a row, waiting out the rate limit (20/s, burst 40), so that every
    // answer is about the ids and none is a RATE_LIMITED that would hide what the check found.
    const send = async (client: TestClient, command: Command): Promise<Answer> => {
      const commandId = newCommandId();
      for (;;) {
        const answer = await emitWithAck(client, 'command', { commandId, command });
        if (codeOf(answer) !== 'RATE_LIMITED') return answer;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    const inTurn = async (pairs: [TestClient, Command][]) => {
      const answers: Answer[] = [];
      for (const [client, command] of pairs) answers.push(await send(client, command));
      return answers;
    };
    const answers = (
      await Promise.all([
        inTurn(aimed('facilitator').map((command) => [target.facilitator, command])),
        inTurn(aimed('facilitator').map((command) => [nextOf(target.projectors), command])),
        inTurn(aimed('participant').map((command) => [nextOf(target.outsiders), command])),
        inTurn(aimed('participant').map((command) => [target.writer.client, command])),
      ])
    ).flat();
    // Leave the people's buckets full again (40 at 20/s): the checks below sync as the facilitator.
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    expect(answers.length).toBeGreaterThan(80);
    expect(new Set(answers.map(codeOf))).toEqual(new Set(['VALIDATION']));
    await target.expectUntouched();
  });

  it('every acked event answers VALIDATION to binary where JSON was due, and the dropped ones stay silent', async () => {
    const binaries: unknown[] = [Buffer.from('binaire'), new ArrayBuffer(8), new Float64Array([NaN, Infinity]), [Buffer.alloc(3)], { since: Buffer.alloc(1) }];
    const sender = at(target.outsiders, 0);
    for (const [event, handling] of Object.entries(LISTENED)) {
      for (const payload of binaries) {
        if (handling === 'acked') {
          expect(codeOf(await emitWithAck(sender, event, payload)), `${event} ${String(payload)}`).toBe('VALIDATION');
        } else {
          const answers: unknown[] = [];
          sender.raw.emit(event, payload, (answer: unknown) => answers.push(answer));
          await barrier(sender);
          expect(answers).toEqual([]);
        }
      }
    }
    await target.expectUntouched();
  });

  it('no ack, or an ack that is not a function: each event is handled all the same and nothing breaks', async () => {
    const sender = at(target.projectors, 0);
    const command = { commandId: newCommandId(), command: { type: 'setPhase', phase: 'voting' } };
    const payloads: Record<ListenedEvent, unknown> = {
      command,
      sync: { since: 0 },
      'notes:open': { ...target.group, stateVector: new Uint8Array([0]) },
      'notes:update': { ...target.group, update: new Uint8Array([0, 0]) },
      'notes:awareness': { ...target.group, update: new Uint8Array([0]) },
      'notes:close': target.group,
    };
    for (const [event, payload] of Object.entries(payloads)) {
      sender.raw.emit(event);
      sender.raw.emit(event, payload);
      sender.raw.emit(event, payload, 42);
      sender.raw.emit(event, payload, 'not a function', { neither: true });
    }
    await barrier(sender);
    expect(codeOf(await emitWithAck(sender, 'command', command))).toBe('FORBIDDEN');
    await target.expectUntouched();
  });

  it('a flood from one socket: every message answered, VALIDATION or RATE_LIMITED, and everyone else still served', async () => {
    // A projector floods: its rate limits are its socket's own, so the flood costs the others nothing.
    const flooder = await TestClient.connect(target.server.url, target.projectorAuth);
    const broken = { commandId: 'x', command: { type: 'placeDot' } };
    const times = <T>(n: number, send: (i: number) => T) => Array.from({ length: n }, (_, i) => send(i));
    const commands = times(300, () => emitWithAck(flooder, 'command', broken));
    const syncs = times(300, () => emitWithAck(flooder, 'sync', { since: 0 }));
    const notes = times(300, () => emitWithAck(flooder, 'notes:update', { ...target.group, update: 'x' }));
    times(500, (i) => flooder.raw.emit(i % 2 ? 'notes:awareness' : 'no such event', { ...target.group, update: new Uint8Array([i % 256]) }));
    await Promise.all(target.outsiders.slice(0, 3).map((other) => barrier(other)));
    const codes = async (answers: Promise<Answer>[]) => new Set((await Promise.all(answers)).map(codeOf));
    expect(await codes(commands)).toEqual(new Set(['VALIDATION', 'RATE_LIMITED']));
    expect([...(await codes(syncs))].filter((code) => code !== 'OK' && code !== 'RATE_LIMITED')).toEqual([]);
    expect(await codes(notes)).toEqual(new Set(['VALIDATION', 'RATE_LIMITED']));
    expect(flooder.socket.connected).toBe(true);
    flooder.close();
    await target.expectUntouched();
  });

  it('a message just under MAX_MESSAGE_BYTES is answered; one just over closes that socket alone', async () => {
    const near = (bytes: number): Record<ListenedEvent, unknown> => ({
      command: { commandId: newCommandId(), command: { type: 'proposeTopic', title: 'x'.repeat(bytes), description: '', themeId: null } },
      sync: { since: 0, padding: 'x'.repeat(bytes) },
      'notes:open': { ...target.group, stateVector: new Uint8Array(bytes) },
      'notes:update': { ...target.group, update: new Uint8Array(bytes) },
      'notes:awareness': { ...target.group, update: new Uint8Array(bytes) },
      'notes:close': { ...target.group, padding: 'x'.repeat(bytes) },
    });
    const under = near(MAX_MESSAGE_BYTES - 2048);
    const over = near(MAX_MESSAGE_BYTES + 1024);
    for (const event of Object.keys(LISTENED) as ListenedEvent[]) {
      const client = await TestClient.connect(target.server.url, target.projectorAuth);
      if (LISTENED[event] === 'acked') {
        expect(['VALIDATION', 'OK', 'FORBIDDEN'], event).toContain(codeOf(await emitWithAck(client, event, under[event])));
      } else client.raw.emit(event, under[event]);
      await barrier(client);
      const gone = new Promise<string>((resolve) => client.socket.once('disconnect', resolve));
      client.raw.emit(event, over[event]);
      expect(await gone, event).toBe('transport close');
      await barrier(at(target.projectors, 1));
    }
    await target.expectUntouched();
  });
});

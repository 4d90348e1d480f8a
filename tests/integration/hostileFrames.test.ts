import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, MAX_MESSAGE_BYTES } from '@forum-ouvert/shared';
import { nestedJson } from '../helpers/hostilePayloads.ts';
import { openHostileTarget, type HostileTarget } from '../helpers/hostileTarget.ts';
import { createSession } from '../helpers/http.ts';
import { connectAnswer, openRawSocketIo, RAW_WAIT_MS, rawAck, sendRawEvent } from '../helpers/rawSocketIo.ts';
import { OPCODE, RawWebSocket } from '../helpers/rawWebSocket.ts';
import { until } from '../helpers/wait.ts';

/**
 * What no client library would send: text that is no Engine.IO or Socket.IO packet, crafted
 * packets (deep nesting, prototype keys, numbers JSON stretches), and frames that break the
 * WebSocket protocol. Each goes down a raw connection of its own; the server closes it or
 * answers, and the session, its rows and every other client are untouched.
 */
let target: HostileTarget;

beforeAll(async () => {
  target = await openHostileTarget(1, 1);
});

afterAll(async () => {
  await target.close();
});

/** What the server must do with a raw connection after the attack. */
type Then =
  /** Close it, with a close frame of this WebSocket status if one arrives (1005: the frame carries none). */
  | { closes: number }
  /** Answer the attack's own event (sent with ack 7) with this code, and keep answering. */
  | { answers: string }
  /** Ignore it and keep answering. */
  | 'keeps answering';

interface Attack {
  what: string;
  send(raw: RawWebSocket): void;
  then: Then;
  /** Who the raw connection is: a projector (the default; each socket has its own rate limit) or a participant. */
  as?: 'participant';
}

const text = (what: string, packet: string, then: Then): Attack => ({ what, send: (raw) => raw.sendText(packet), then });
const event = (what: string, argsJson: string, then: Then): Attack => ({ what, send: (raw) => sendRawEvent(raw, 7, argsJson), then });
const frame = (what: string, bytes: Parameters<RawWebSocket['sendFrame']>[0], then: Then): Attack => ({ what, send: (raw) => raw.sendFrame(bytes), then });
const NO_STATUS = 1005;
const PROTOCOL_ERROR = 1002;
const NOT_UTF8 = 1007;
const TOO_BIG = 1009;

const ATTACKS: Attack[] = [
  // Engine.IO and Socket.IO packets that do not parse: the connection is closed.
  text('text that is no Engine.IO packet', 'hello', { closes: NO_STATUS }),
  text('an Engine.IO message that is no Socket.IO packet', '4garbage', { closes: NO_STATUS }),
  text('an event whose JSON breaks off', '42["command",{"commandId":', { closes: NO_STATUS }),
  text('an event that is an object, not a list', '42{"command":{"type":"setPhase"}}', { closes: NO_STATUS }),
  text('an event named like a reserved one', '42["disconnect"]', { closes: NO_STATUS }),
  text('pings from the client, whose pings the server sends', '2', { closes: NO_STATUS }),
  {
    what: 'a binary placeholder pointing past its attachments',
    send: (raw) => {
      raw.sendText('451-7["command",{"_placeholder":true,"num":9}]');
      raw.sendBinary(Buffer.from('attachment'));
    },
    then: { closes: NO_STATUS },
  },
  {
    what: 'a binary event whose attachment never comes, then text',
    send: (raw) => {
      raw.sendText('451-7["command",{"_placeholder":true,"num":0}]');
      raw.sendText('42["sync",{"since":0}]');
    },
    then: { closes: NO_STATUS },
  },
  { what: 'a binary frame where a packet was due', send: (raw) => raw.sendBinary(Buffer.from([0xde, 0xad, 0xbe, 0xef])), then: { closes: NO_STATUS } },
  {
    what: 'binary placeholders nested 20,000 lists deep',
    send: (raw) => {
      raw.sendText(`451-7["command",${'['.repeat(20_000)}{"_placeholder":true,"num":0}${']'.repeat(20_000)}]`);
      raw.sendBinary(Buffer.from('x'));
    },
    then: { closes: NO_STATUS },
  },
  // Packets that parse but say nothing the app knows: ignored, or answered with a refusal.
  text('an event named by a number', '42[5,{"since":0}]', 'keeps answering'),
  text('a CONNECT to a namespace that does not exist', '40/admin,', 'keeps answering'),
  event('a command nested 10,000 lists deep', `["command",${nestedJson(10_000, 'array')}]`, { answers: 'VALIDATION' }),
  event('a command nested 60,000 lists deep, just under the size limit', `["command",${nestedJson(60_000, 'array')}]`, { answers: 'VALIDATION' }),
  event('a command nested 10,000 objects deep', `["command",{"commandId":"deep-nesting-1","command":${nestedJson(10_000, 'object')}}]`, { answers: 'VALIDATION' }),
  event('a sync nested 10,000 objects deep', `["sync",{"since":${nestedJson(10_000, 'object')}}]`, { answers: 'VALIDATION' }),
  event('a sync from version 1e999 (Infinity once parsed)', '["sync",{"since":1e999}]', { answers: 'VALIDATION' }),
  event('a sync from version -1e999', '["sync",{"since":-1e999}]', { answers: 'VALIDATION' }),
  event('a sync from version 1e-400 (0 once parsed)', '["sync",{"since":1e-400}]', { answers: 'OK' }),
  event('a sync from version -0', '["sync",{"since":-0}]', { answers: 'OK' }),
  event('a sync from version 2^53 + 1, past the integers a double holds exactly', '["sync",{"since":9007199254740993}]', { answers: 'VALIDATION' }),
  {
    ...event(
      "a participant's command carrying __proto__ and constructor.prototype everywhere",
      '["command",{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"commandId":"proto-keys-1",' +
        '"command":{"type":"translateTopic","topicId":"t-none","language":"ar","title":"x","__proto__":{"polluted":1,"topicId":"t-none"}}}]',
      { answers: 'NOT_FOUND' },
    ),
    as: 'participant',
  },
  event('a sync whose since hides in __proto__', '["sync",{"__proto__":{"since":0}}]', { answers: 'VALIDATION' }),
  event('a notes:open whose group hides in __proto__', '["notes:open",{"__proto__":{"slotId":"a","topicId":"b"},"stateVector":{}}]', { answers: 'VALIDATION' }),
  // WebSocket frames that break RFC 6455: ws closes with the status the RFC names.
  frame('a frame with the reserved bits set', { opcode: OPCODE.text, payload: Buffer.from('42["sync",{"since":0}]'), rsv: 7 }, { closes: PROTOCOL_ERROR }),
  frame('an unmasked client frame', { opcode: OPCODE.text, payload: Buffer.from('42["sync",{"since":0}]'), masked: false }, { closes: PROTOCOL_ERROR }),
  frame('a reserved opcode', { opcode: 0x3, payload: Buffer.from('x') }, { closes: PROTOCOL_ERROR }),
  frame('a continuation with nothing to continue', { opcode: OPCODE.continuation, payload: Buffer.from('x') }, { closes: PROTOCOL_ERROR }),
  frame('text that is not UTF-8', { opcode: OPCODE.text, payload: Buffer.from([0x34, 0x32, 0xff, 0xfe]) }, { closes: NOT_UTF8 }),
  frame('a close frame with a status nobody may send', { opcode: OPCODE.close, payload: Buffer.from([0x03, 0xe7]) }, { closes: PROTOCOL_ERROR }),
  {
    what: 'a frame announcing 2^63 bytes',
    send: (raw) => raw.sendBytes(Buffer.from([0x81, 0xff, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 1, 2, 3, 4])),
    then: { closes: TOO_BIG },
  },
  text('a frame one byte over MAX_MESSAGE_BYTES', `42["sync","${'x'.repeat(MAX_MESSAGE_BYTES)}"]`, { closes: TOO_BIG }),
];

describe('raw frames and packets no client library sends', () => {
  it.each(ATTACKS)('$what', async ({ send, then, as }) => {
    const raw = await openRawSocketIo(target.server.url, as === 'participant' ? target.outsiderAuth : target.projectorAuth);
    expect(connectAnswer(raw)?.startsWith('40{')).toBe(true);
    try {
      send(raw);
      if (then !== 'keeps answering' && 'closes' in then) {
        await until(() => raw.ended, 'the server to close the connection', RAW_WAIT_MS);
        // A busy server may reset the connection before its close frame is read: then there is no status to check.
        if (raw.closeCode !== undefined) expect(raw.closeCode).toBe(then.closes);
      } else {
        if (then !== 'keeps answering') {
          const [answer] = (await rawAck(raw, 7)) ?? [];
          const { ok, error } = answer as { ok: boolean; error?: { code: string } };
          expect(ok ? 'OK' : error?.code).toBe(then.answers);
        }
        sendRawEvent(raw, 8, '["sync",{"since":0}]');
        expect(await rawAck(raw, 8), 'still answering').toBeDefined();
      }
    } finally {
      raw.close();
    }
    await target.expectStillServing();
    expect(await target.projectors[0]?.sync()).toMatchObject({ ok: true });
  });

  it('refuses a handshake whose credentials hide in __proto__, and lets none climb to another role through it', async () => {
    const code = target.server.stateOf(target.sessionId).code;
    const hidden = await openRawSocketIo(target.server.url, JSON.parse(`{"__proto__":{"role":"projector","code":"${code}"}}`));
    expect(connectAnswer(hidden)).toMatch(/^44\{.*VALIDATION/);
    hidden.close();

    const climbing = await openRawSocketIo(target.server.url, JSON.parse(`{"role":"projector","code":"${code}","__proto__":{"role":"facilitator"}}`));
    expect(connectAnswer(climbing)?.startsWith('40{')).toBe(true);
    sendRawEvent(climbing, 7, '["command",{"commandId":"climb-attempt-1","command":{"type":"setPhase","phase":"voting"}}]');
    expect(((await rawAck(climbing, 7)) ?? [])[0]).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    climbing.close();
    await target.expectUntouched();
  });

  it('closes a handshake whose auth is no object, or too big to read', async () => {
    for (const packet of ['40[]', '40"projector"', '4042', `40{"role":"projector","code":"${'x'.repeat(MAX_MESSAGE_BYTES)}"}`]) {
      const raw = await RawWebSocket.open(target.server.url);
      await until(() => raw.texts.some((t) => t.startsWith('0')), 'the Engine.IO open packet', RAW_WAIT_MS);
      raw.sendText(packet);
      await until(() => raw.ended || connectAnswer(raw) !== undefined, `an answer to ${packet.slice(0, 20)}`, RAW_WAIT_MS);
      expect(connectAnswer(raw)?.startsWith('40{'), packet.slice(0, 20)).not.toBe(true);
      raw.close();
    }
    await target.expectUntouched();
  });

  it('answers garbage on the HTTP port with 400, and JSON bodies with __proto__ keys pollute nothing', async () => {
    const { port } = new URL(target.server.url);
    const status = await new Promise<string>((resolve) => {
      const tcp = connect(Number(port), '127.0.0.1', () => tcp.write('GARBAGE / NOTHTTP\r\n\r\n'));
      let reply = '';
      tcp.on('data', (chunk: Buffer) => (reply += chunk.toString('latin1')));
      tcp.on('close', () => resolve(reply.split('\r\n')[0] ?? ''));
    });
    expect(status).toBe('HTTP/1.1 400 Bad Request');

    const post = (path: string, body: string) => fetch(target.server.url + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const polluting = '{"__proto__":{"polluted":1,"title":"Atelier"},"constructor":{"prototype":{"polluted":1}}}';
    expect((await post(API.createSession, polluting)).status).toBe(400);
    // A name hidden in __proto__ is no name: the phone joins under a generated one.
    const other = await createSession(target.server.url, { title: 'Autre atelier' });
    const joined = await post(API.join(other.code), '{"__proto__":{"pseudonym":"Usurpé"},"pseudonym2":1}');
    expect(joined.status).toBe(201);
    const { participantId } = (await joined.json()) as { participantId: string };
    expect(target.server.stateOf(other.sessionId).participants[participantId]?.pseudonym).not.toBe('Usurpé');
    await target.expectUntouched();
  });
});

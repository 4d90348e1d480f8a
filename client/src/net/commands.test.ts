import type { CommandEnvelope } from '@forum-ouvert/shared';
import { describe, expect, it, vi } from 'vitest';
import { sendCommand } from './commands.ts';

type Emit = (event: 'command', envelope: CommandEnvelope) => Promise<unknown>;

function fakeSocket(answers: Array<'timeout' | object>) {
  const envelopes: CommandEnvelope[] = [];
  const emitWithAck = vi.fn<Emit>(async (_event, envelope) => {
    envelopes.push(envelope);
    const answer = answers.shift();
    if (answer === 'timeout' || answer === undefined) throw new Error('operation has timed out');
    return answer;
  });
  const socket = { connected: true, timeout: () => ({ emitWithAck }), once: vi.fn(), off: vi.fn() };
  return { socket: socket as unknown as Parameters<typeof sendCommand>[1], envelopes };
}

describe('sendCommand', () => {
  it('retries a lost ack with the same command id, and returns the result', async () => {
    const { socket, envelopes } = fakeSocket(['timeout', 'timeout', { ok: true, version: 7 }]);
    const result = await sendCommand({ type: 'setPhase', phase: 'voting' }, socket);
    expect(result).toEqual({ ok: true, version: 7 });
    expect(envelopes).toHaveLength(3);
    expect(new Set(envelopes.map((e) => e.commandId)).size).toBe(1);
    expect(envelopes[0]?.commandId).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
  });

  it('returns refusals as values, and NETWORK after the last attempt', async () => {
    const refused = fakeSocket([{ ok: false, error: { code: 'WRONG_PHASE', message: 'x' } }]);
    expect(await sendCommand({ type: 'setPhase', phase: 'voting' }, refused.socket)).toEqual({
      ok: false,
      error: { code: 'WRONG_PHASE' },
    });
    const silent = fakeSocket([]);
    expect(await sendCommand({ type: 'setPhase', phase: 'voting' }, silent.socket, 2)).toEqual({
      ok: false,
      error: { code: 'NETWORK' },
    });
    expect(silent.envelopes).toHaveLength(2);
  });

  it('uses a new id for each new command', async () => {
    const { socket, envelopes } = fakeSocket([{ ok: true, version: 1 }, { ok: true, version: 2 }]);
    await sendCommand({ type: 'setPhase', phase: 'voting' }, socket);
    await sendCommand({ type: 'setPhase', phase: 'lobby' }, socket);
    expect(envelopes[0]?.commandId).not.toBe(envelopes[1]?.commandId);
  });
});

import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { API, PARTICIPANT_TOKEN_LENGTH } from '@forum-ouvert/shared';
import { loadParticipantIdentity, loadPendingJoinToken } from '../../store/persisted.ts';
import { useJoin } from './useJoin.ts';

const CODE = 'ABCDEF';
const SUMMARY = { sessionId: 's1', code: CODE, title: 'Forum', question: '' };

/** The join requests the hook sent, with their bodies; each answered by the next scripted reply. */
function scriptedServer(replies: Array<() => Promise<Response>>) {
  const joins: Array<{ pseudonym: string; token: string }> = [];
  const fetchMock = vi.fn(async (path: string, init?: RequestInit) => {
    if (path === API.sessionByCode(CODE)) return Response.json(SUMMARY);
    if (path === API.join(CODE)) {
      joins.push(JSON.parse(String(init?.body)) as { pseudonym: string; token: string });
      const reply = replies.shift();
      if (!reply) throw new Error('No reply scripted');
      return reply();
    }
    throw new Error(`Unexpected request ${path}`);
  });
  vi.stubGlobal('fetch', fetchMock);
  return joins;
}

const lost = () => Promise.reject(new TypeError('Failed to fetch'));
const admitted = (token: string) => () => Promise.resolve(Response.json({ sessionId: 's1', participantId: 'p_1', token }, { status: 201 }));
const refused = (code: string) => () => Promise.resolve(Response.json({ error: { code, message: 'no' } }, { status: 409 }));

async function renderJoin() {
  const onJoined = vi.fn();
  const hook = renderHook(() => useJoin(CODE, onJoined));
  await waitFor(() => expect(hook.result.current.summary.status).toBe('found'));
  return { hook, onJoined };
}

describe('useJoin', () => {
  beforeEach(() => window.sessionStorage.clear());
  afterEach(() => {
    vi.unstubAllGlobals();
    window.localStorage.clear();
  });

  it('sends the same token again after an answer that never came, so the server finds the same person', async () => {
    const joins = scriptedServer([lost, () => admitted(joins[0]?.token ?? '')()]);
    const { hook, onJoined } = await renderJoin();

    await act(() => hook.result.current.join(' Awa '));
    expect(hook.result.current.error).toBe('NETWORK');
    expect(onJoined).not.toHaveBeenCalled();
    const [first] = joins;
    expect(first?.token).toMatch(new RegExp(`^[A-Za-z0-9_-]{${PARTICIPANT_TOKEN_LENGTH}}$`));
    expect(loadPendingJoinToken(CODE)).toBe(first?.token);

    await act(() => hook.result.current.join('Awa'));
    expect(joins.map((j) => j.token)).toStrictEqual([first?.token, first?.token]);
    expect(joins.map((j) => j.pseudonym)).toStrictEqual(['Awa', 'Awa']);
    expect(onJoined).toHaveBeenCalledWith({ token: first?.token, participantId: 'p_1' });
    expect(loadParticipantIdentity(CODE)).toStrictEqual({ token: first?.token, participantId: 'p_1' });
    expect(loadPendingJoinToken(CODE)).toBeNull();
  });

  it('starts afresh after a refusal: nobody was admitted with that token', async () => {
    const joins = scriptedServer([refused('CONFLICT'), () => admitted(joins[1]?.token ?? '')()]);
    const { hook } = await renderJoin();

    await act(() => hook.result.current.join(''));
    expect(hook.result.current.error).toBe('CONFLICT');
    expect(loadPendingJoinToken(CODE)).toBeNull();
    await act(() => hook.result.current.join(''));
    expect(joins).toHaveLength(2);
    expect(joins[1]?.token).not.toBe(joins[0]?.token);
  });
});

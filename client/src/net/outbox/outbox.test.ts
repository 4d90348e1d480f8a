import { remainingDots, type OfflineCommand } from '@forum-ouvert/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { outboxState } from '../../store/outbox.ts';
import { applyBatch } from '../../store/session.ts';
import { useAppStore } from '../../store/store.ts';
import { dot, phase } from '../../test/fixtures.ts';
import { OUTBOX_MAX_ENTRIES } from './entry.ts';
import { Outbox, type OutboxDeps } from './outbox.ts';
import { localOutboxStorage, type OutboxStorage } from './outboxStorage.ts';
import { shownMarks, shownState } from './shownState.ts';
import { fakeSocket, goOffline, goOnline, memoryStorage, settle, votingMirror } from './testing.ts';

const place = (topicId: string): OfflineCommand => ({ type: 'placeDot', topicId });
const remove = (topicId: string): OfflineCommand => ({ type: 'removeDot', topicId });

let opened: Outbox[] = [];
let ids = 0;

beforeEach(() => {
  ids = 0;
});

function open(socket: ReturnType<typeof fakeSocket>['socket'] | null, storage: OutboxStorage = memoryStorage(), extra: Partial<OutboxDeps> = {}) {
  const outbox = new Outbox({
    participantId: 'p1',
    storage,
    socket: () => socket,
    newCommandId: () => `command-${String(++ids).padStart(4, '0')}`,
    now: () => 1000 + ids,
    retryMs: 5,
    ...extra,
  });
  opened.push(outbox);
  return outbox;
}

const shown = () => {
  const state = shownState(useAppStore.getState());
  if (!state) throw new Error('no state');
  return state;
};
const entries = () => outboxState().entries;

afterEach(() => {
  for (const outbox of opened) outbox.dispose();
  opened = [];
});

describe('the outbox of a participant’s phone', () => {
  it('keeps offline dots in order, each with an id made once, and shows them counted', async () => {
    votingMirror();
    goOffline();
    const link = fakeSocket();
    const outbox = open(link.socket);
    await expect(outbox.submit(place('t2'))).resolves.toEqual({ ok: true, queued: true });
    await expect(outbox.submit(place('t3'))).resolves.toEqual({ ok: true, queued: true });
    expect(entries().map((e) => [e.commandId, e.command, e.status])).toEqual([
      ['command-0001', place('t2'), 'waiting'],
      ['command-0002', place('t3'), 'waiting'],
    ]);
    expect(remainingDots(shown(), 'p1')).toBe(0);
    expect(shownMarks(useAppStore.getState()).dots).toEqual({ t2: 1, t3: 1 });
    expect(link.envelopes).toHaveLength(0);
    expect(useAppStore.getState().session.state?.dots).toEqual({ p1: { t1: 1 } }); // the mirror stays the server's
  });

  it('refuses at once, by the shared rule, a dot the pending ones leave no room for', async () => {
    votingMirror();
    goOffline();
    const storage = memoryStorage();
    const outbox = open(fakeSocket().socket, storage);
    await outbox.submit(remove('t1'));
    await outbox.submit(place('t2'));
    await outbox.submit(place('t3'));
    // The server holds one dot of p1 and knows of no other: only the pending ones fill the budget.
    expect(remainingDots(useAppStore.getState().session.state ?? shown(), 'p1')).toBe(2);
    await expect(outbox.submit(place('t1'))).resolves.toEqual({ ok: true, queued: true });
    await expect(outbox.submit(place('t1'))).resolves.toEqual({ ok: false, error: { code: 'BUDGET_EXCEEDED' } });
    expect(storage.stored.entries.map((e) => e.command)).toEqual([remove('t1'), place('t2'), place('t3'), place('t1')]);
  });

  it('survives a reload: the same entries, ids and order come back from localStorage, not sent yet', async () => {
    votingMirror();
    goOffline();
    const first = open(fakeSocket().socket, localOutboxStorage('ABCDEF', 'p1'));
    await first.submit(place('t2'));
    await first.submit(place('t3'));
    const before = entries().map((e) => [e.commandId, e.command, e.createdAt, e.label]);
    first.dispose();
    expect(entries()).toEqual([]);

    open(fakeSocket().socket, localOutboxStorage('abcdef', 'p1'));
    expect(entries().map((e) => [e.commandId, e.command, e.createdAt, e.label])).toEqual(before);
    expect(entries().every((e) => e.status === 'waiting')).toBe(true);
    expect(before[0]?.[3]).toBe('Sujet t2');
    expect(localOutboxStorage('ABCDEF', 'p2').load().entries).toEqual([]); // another person's phone keeps its own
  });

  it('sends in order, one at a time, when the connection is back and in sync, and announces it once', async () => {
    votingMirror();
    goOffline();
    const link = fakeSocket();
    const outbox = open(link.socket);
    await outbox.submit(place('t2'));
    await outbox.submit(remove('t1'));
    expect(outboxState().announcement?.kind).toBe('queued');
    const queuedAt = outboxState().announcement?.seq;

    goOnline();
    await settle();
    expect(link.waiting).toBe(1);
    const first = link.next();
    expect(first.envelope).toEqual({ commandId: 'command-0001', command: place('t2') });
    first.answer({ ok: true, version: 10 });
    await settle();
    const second = link.next();
    expect(second.envelope).toEqual({ commandId: 'command-0002', command: remove('t1') });
    expect(outboxState().announcement?.seq).toBe(queuedAt); // nothing said between the two
    second.answer({ ok: true, version: 11 });
    await settle();
    expect(outboxState().announcement).toMatchObject({ kind: 'sent', count: 2 });
  });

  it('sends a command whose ack was lost again with the same id, and applies the answer once', async () => {
    votingMirror();
    goOffline();
    const link = fakeSocket();
    const storage = memoryStorage();
    const outbox = open(link.socket, storage);
    await outbox.submit(place('t2'));
    goOnline();
    await settle();
    link.next().lose(); // reached the server perhaps, but no answer came back
    await new Promise((resolve) => setTimeout(resolve, 20));
    const again = link.next();
    expect(link.envelopes.map((e) => e.commandId)).toEqual(['command-0001', 'command-0001']);
    again.answer({ ok: true, version: 10 }); // the server's remembered result
    await settle();
    expect(storage.stored.entries).toEqual([]);
    expect(link.waiting).toBe(0);
  });

  it('tells plainly what the server refused on arrival, and keeps it until dismissed', async () => {
    votingMirror();
    goOffline();
    const link = fakeSocket();
    const storage = memoryStorage();
    const outbox = open(link.socket, storage);
    await outbox.submit(place('t2'));
    await outbox.submit(place('t3'));
    applyBatch({ from: 9, to: 10, events: [{ seq: 10, event: { type: 'PhaseChanged', phase: 'agenda' } }] });
    expect(remainingDots(shown(), 'p1')).toBe(2); // the rules no longer let them count here either
    goOnline();
    await settle();
    link.next().answer({ ok: false, error: { code: 'WRONG_PHASE', message: 'Dots are placed while the vote is open' } });
    await settle();
    link.next().answer({ ok: false, error: { code: 'WRONG_PHASE', message: 'Dots are placed while the vote is open' } });
    await settle();
    expect(entries()).toEqual([]);
    expect(outboxState().notices).toEqual([
      { id: 'command-0001', type: 'placeDot', label: 'Sujet t2', code: 'WRONG_PHASE', count: 1 },
      { id: 'command-0002', type: 'placeDot', label: 'Sujet t3', code: 'WRONG_PHASE', count: 1 },
    ]);
    expect(storage.stored.notices).toHaveLength(2);
    outbox.dismiss('command-0001');
    expect(outboxState().notices.map((n) => n.id)).toEqual(['command-0002']);
    expect(storage.stored.notices).toHaveLength(1);
  });

  it('answers a tap online as before, and keeps an accepted dot shown until its event arrives', async () => {
    votingMirror();
    goOnline();
    const link = fakeSocket();
    const outbox = open(link.socket);
    const tap = outbox.submit(place('t2'));
    await settle();
    expect(entries()[0]?.status).toBe('sending');
    expect(shownMarks(useAppStore.getState()).dots).toEqual({}); // no "not sent yet" on a working link
    link.next().answer({ ok: true, version: 10 });
    await expect(tap).resolves.toEqual({ ok: true, version: 10 });
    expect(remainingDots(shown(), 'p1')).toBe(1); // the mirror is still at 9: the entry is folded
    applyBatch({ from: 9, to: 10, events: [{ seq: 10, event: dot('p1', 't2') }] });
    expect(entries()).toEqual([]);
    expect(remainingDots(shown(), 'p1')).toBe(1); // counted once, by the mirror now
  });

  it('gives an online tap the server’s refusal directly, with no notice', async () => {
    votingMirror();
    goOnline();
    const link = fakeSocket();
    const outbox = open(link.socket);
    const tap = outbox.submit(place('t2'));
    await settle();
    link.next().answer({ ok: false, error: { code: 'WRONG_PHASE', message: 'closed' } });
    await expect(tap).resolves.toEqual({ ok: false, error: { code: 'WRONG_PHASE' } });
    expect(outboxState().notices).toEqual([]);
    expect(entries()).toEqual([]);
  });

  it('keeps a tap whose link drops before the answer, and sends it again with its id', async () => {
    votingMirror();
    goOnline();
    const link = fakeSocket();
    const outbox = open(link.socket);
    const tap = outbox.submit(place('t2'));
    await settle();
    link.socket.connected = false;
    goOffline();
    link.next().lose();
    await expect(tap).resolves.toEqual({ ok: true, queued: true });
    expect(entries()[0]).toMatchObject({ commandId: 'command-0001', status: 'waiting' });
    expect(outboxState().announcement?.kind).toBe('queued');
    link.socket.connected = true;
    goOnline();
    await settle();
    expect(link.next().envelope.commandId).toBe('command-0001');
  });

  it('cancels a waiting dot that is taken back: nothing needs sending', async () => {
    votingMirror();
    goOffline();
    const link = fakeSocket();
    const outbox = open(link.socket);
    await outbox.submit(place('t2'));
    await outbox.submit(remove('t2'));
    expect(entries()).toEqual([]);
    expect(remainingDots(shown(), 'p1')).toBe(2);
    goOnline();
    await settle();
    expect(link.envelopes).toEqual([]);
  });

  it('says so when it is full, and keeps nothing more', async () => {
    votingMirror();
    goOffline();
    const stored = Array.from({ length: OUTBOX_MAX_ENTRIES }, (_, i) => ({
      commandId: `stored-${String(i).padStart(4, '0')}`,
      command: { type: 'translateTopic', topicId: 't1', language: 'en', title: `T ${i}` } as OfflineCommand,
      createdAt: i,
      label: 'Sujet t1',
      status: 'waiting' as const,
    }));
    const outbox = open(fakeSocket().socket, memoryStorage({ entries: stored, notices: [] }));
    await expect(outbox.submit(place('t2'))).resolves.toEqual({ ok: false, error: { code: 'OFFLINE' } });
    expect(outboxState().full).toBe(true);
    expect(entries()).toHaveLength(OUTBOX_MAX_ENTRIES);
  });

  it('tries again after a rate limit, with the same id', async () => {
    votingMirror();
    goOffline();
    const link = fakeSocket();
    const outbox = open(link.socket);
    await outbox.submit(place('t2'));
    goOnline();
    await settle();
    link.next().answer({ ok: false, error: { code: 'RATE_LIMITED', message: 'slow down' } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    link.next().answer({ ok: true, version: 10 });
    await settle();
    expect(link.envelopes.map((e) => e.commandId)).toEqual(['command-0001', 'command-0001']);
    expect(outboxState().notices).toEqual([]);
  });

  it('shows a topic proposed offline, lets its proposer fix or withdraw it, and sends only what is left', async () => {
    votingMirror();
    applyBatch({ from: 9, to: 10, events: [{ seq: 10, event: phase('marketplace') }] });
    goOffline();
    const link = fakeSocket();
    const outbox = open(link.socket);
    await outbox.submit({ type: 'proposeTopic', title: 'Logemnt', description: '', themeId: null });
    await outbox.submit({ type: 'proposeTopic', title: 'Cours du soir', description: '', themeId: null });
    const [typo, evening] = ['local-t-command-0001', 'local-t-command-0002'];
    expect(shown().topics[typo]?.title).toBe('Logemnt');
    expect(shownMarks(useAppStore.getState()).topics).toEqual(new Set([typo, evening]));

    await outbox.submit({ type: 'editTopic', topicId: typo, title: 'Logement', description: 'HLM', themeId: null });
    await outbox.submit({ type: 'withdrawTopic', topicId: evening });
    expect(shown().topics[typo]).toMatchObject({ title: 'Logement', description: 'HLM' });
    expect(shown().topics[evening]).toBeUndefined();
    expect(entries().map((e) => [e.commandId, e.label])).toEqual([['command-0001', 'Logement']]);

    goOnline();
    await settle();
    expect(link.next().envelope).toEqual({
      commandId: 'command-0001',
      command: { type: 'proposeTopic', title: 'Logement', description: 'HLM', themeId: null },
    });
    expect(link.waiting).toBe(0);
  });

  it('refuses at once, as before, what the rules refuse now (a dot before the vote)', async () => {
    votingMirror();
    applyBatch({ from: 9, to: 10, events: [{ seq: 10, event: phase('marketplace') }] });
    goOffline();
    const outbox = open(fakeSocket().socket);
    await expect(outbox.submit(place('t2'))).resolves.toEqual({ ok: false, error: { code: 'WRONG_PHASE' } });
    expect(entries()).toEqual([]);
  });
});

import type { NotesOpenAck, NotesUpdateAck } from '@forum-ouvert/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import type { AppSocket } from '../../net/socket.ts';
import { NotesChannel } from './notesChannel.ts';

const key = { slotId: 'sl1', topicId: 't1' };

/** A socket in front of an in-memory server doc: answers opens and updates as the real server would. */
class FakeSocket {
  connected = true;
  readonly server = new Y.Doc();
  refuseNext: string | null = null;
  access: 'read' | 'write' = 'write';
  opens = 0;
  updates = 0;

  timeout() {
    return { emitWithAck: (event: string, payload: { stateVector?: Uint8Array; update?: Uint8Array }) => this.answer(event, payload) };
  }
  emit() {
    return true;
  }
  get volatile() {
    return { emit: () => true };
  }

  private async answer(event: string, payload: { stateVector?: Uint8Array; update?: Uint8Array }): Promise<NotesOpenAck | NotesUpdateAck> {
    if (!this.connected) return new Promise(() => undefined);
    if (event === 'notes:open') {
      this.opens++;
      const update = Y.encodeStateAsUpdate(this.server, payload.stateVector);
      return { ok: true, update, stateVector: Y.encodeStateVector(this.server), access: this.access };
    }
    this.updates++;
    if (this.refuseNext) {
      const code = this.refuseNext as 'BUDGET_EXCEEDED';
      this.refuseNext = null;
      return { ok: false, error: { code, message: '' } };
    }
    Y.applyUpdate(this.server, payload.update ?? new Uint8Array());
    return { ok: true };
  }
}

function setup() {
  const socket = new FakeSocket();
  const channel = new NotesChannel(socket as unknown as AppSocket, key);
  channel.retain();
  const text = () => channel.getView().doc.getText('proposals');
  const serverText = () => socket.server.getText('proposals').toString();
  return { socket, channel, text, serverText };
}

const settle = () => vi.advanceTimersByTimeAsync(1000);

describe('NotesChannel', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('opens, sends what is typed after a short pause, and says when it is saved', async () => {
    const { channel, text, serverText } = setup();
    await settle();
    expect(channel.getView()).toMatchObject({ status: 'saved', access: 'write', problem: null });
    text().insert(0, 'Une idée');
    expect(channel.getView().status).toBe('pending');
    await settle();
    expect(serverText()).toBe('Une idée');
    expect(channel.getView().status).toBe('saved');
  });

  it('keeps typing offline and merges it, with what others wrote meanwhile, on reconnection', async () => {
    const { socket, channel, text, serverText } = setup();
    await settle();
    socket.connected = false;
    channel.disconnected();
    text().insert(0, 'hors ligne');
    await settle();
    expect(channel.getView().status).toBe('offline');
    expect(serverText()).toBe('');

    const other = new Y.Doc();
    other.getText('proposals').insert(0, 'en ligne / ');
    Y.applyUpdate(socket.server, Y.encodeStateAsUpdate(other));

    socket.connected = true;
    channel.connected();
    await settle();
    expect(serverText()).toBe(text().toString());
    expect(serverText()).toContain('hors ligne');
    expect(serverText()).toContain('en ligne / ');
    expect(channel.getView().status).toBe('saved');
  });

  it('applies what others write', async () => {
    const { socket, channel, text } = setup();
    await settle();
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(socket.server));
    other.getText('proposals').insert(0, 'de loin');
    channel.receiveUpdate(Y.encodeStateAsUpdate(other));
    expect(text().toString()).toBe('de loin');
    expect(channel.getView().status).toBe('saved');
  });

  it('drops what the server refused and reloads its notes, saying why', async () => {
    const { socket, channel, text, serverText } = setup();
    await settle();
    text().insert(0, 'gardé');
    await settle();
    const before = channel.getView().doc;
    socket.refuseNext = 'BUDGET_EXCEEDED';
    text().insert(5, ' et refusé');
    await settle();
    const after = channel.getView();
    expect(after.problem).toBe('BUDGET_EXCEEDED');
    expect(after.doc).not.toBe(before);
    expect(text().toString()).toBe('gardé');
    expect(serverText()).toBe('gardé');
    // The field's next edit clears the message.
    expect(channel.admit(1)).toBe(true);
    expect(channel.getView().problem).toBeNull();
  });

  it('refuses up front an edit too big for one message', async () => {
    const { channel } = setup();
    await settle();
    expect(channel.admit(70 * 1024)).toBe(false);
    expect(channel.getView().problem).toBe('TOO_LONG');
  });

  it('opens once for a reader, even when the notes hold deletions', async () => {
    const socket = new FakeSocket();
    socket.access = 'read';
    socket.server.getText('keyPoints').insert(0, 'un deux trois');
    socket.server.getText('keyPoints').delete(0, 3);
    const channel = new NotesChannel(socket as unknown as AppSocket, key);
    channel.retain();
    await settle();
    expect(socket.opens).toBe(1);
    expect(socket.updates).toBe(0);
    expect(channel.getView()).toMatchObject({ status: 'saved', access: 'read', problem: null });
    expect(channel.getView().doc.getText('keyPoints').toString()).toBe('deux trois');
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { sendCommand } from '../commands.ts';
import { outboxState } from '../../store/outbox.ts';
import { openParticipantOutbox } from './install.ts';
import { fakeSocket, goOffline, votingMirror } from './testing.ts';

let close: (() => void) | null = null;
afterEach(() => close?.());

describe('sendCommand on a participant’s phone', () => {
  it('keeps what makes sense later in the outbox, and sends the rest as before', async () => {
    votingMirror();
    goOffline();
    close = openParticipantOutbox('ABCDEF', 'p1');
    await expect(sendCommand({ type: 'placeDot', topicId: 't2' })).resolves.toEqual({ ok: true, queued: true });
    expect(outboxState().entries.map((e) => e.command.type)).toEqual(['placeDot']);

    // Joining a group is about this very moment: never kept, it goes out now or fails as today.
    const link = fakeSocket();
    const sent = sendCommand({ type: 'joinGroup', slotId: 'sl1', topicId: 't1' }, link.socket as unknown as Parameters<typeof sendCommand>[1], 1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    link.next().answer({ ok: true, version: 10 });
    await expect(sent).resolves.toEqual({ ok: true, version: 10 });
    expect(outboxState().entries).toHaveLength(1);
  });

  it('sends everything directly where no outbox is open (facilitator, projector)', async () => {
    votingMirror();
    const link = fakeSocket();
    const sent = sendCommand({ type: 'placeDot', topicId: 't2' }, link.socket as unknown as Parameters<typeof sendCommand>[1], 1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const inFlight = link.next();
    expect(inFlight.envelope.command).toEqual({ type: 'placeDot', topicId: 't2' });
    inFlight.answer({ ok: true, version: 10 });
    await expect(sent).resolves.toEqual({ ok: true, version: 10 });
    expect(outboxState().owner).toBeNull();
  });
});

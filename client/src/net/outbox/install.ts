import { nanoid } from 'nanoid';
import { getSocket } from '../socket.ts';
import { activeOutbox, setActiveOutbox } from './active.ts';
import { Outbox } from './outbox.ts';
import { localOutboxStorage } from './outboxStorage.ts';

/**
 * Opens the outbox of a participant's phone, restored from this browser's storage; from then on
 * `sendCommand` routes their offline-able commands through it. Returns the function that closes it.
 */
export function openParticipantOutbox(code: string, participantId: string): () => void {
  activeOutbox()?.dispose();
  const outbox = new Outbox({
    participantId,
    storage: localOutboxStorage(code, participantId),
    socket: getSocket,
    newCommandId: () => nanoid(),
    now: () => Date.now(),
  });
  setActiveOutbox(outbox);
  return () => {
    outbox.dispose();
    if (activeOutbox() === outbox) setActiveOutbox(null);
  };
}

export function dismissOutboxNotice(noticeId: string): void {
  activeOutbox()?.dismiss(noticeId);
}

import { useEffect } from 'react';
import { openParticipantOutbox } from '../../net/outbox/install.ts';

/**
 * Keeps this participant's outbox open while their page is shown. Call it after
 * `useLiveSession`: effects run in order, and the store reset that opens a page must come first.
 */
export function useOutbox(code: string, participantId: string): void {
  useEffect(() => openParticipantOutbox(code, participantId), [code, participantId]);
}

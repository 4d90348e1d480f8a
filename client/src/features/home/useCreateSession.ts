import { PAGES } from '@forum-ouvert/shared';
import { useState } from 'react';
import { useLocation } from 'wouter';
import type { ClientErrorCode } from '../../net/errors.ts';
import { createSession, type CreateSessionInput } from '../../net/http.ts';
import { markJustCreated, saveFacilitatorKey } from '../../store/persisted.ts';

/** Creates the workshop, keeps its key on this device, and opens the facilitator console. */
export function useCreateSession() {
  const [, navigate] = useLocation();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ClientErrorCode | null>(null);

  async function create(input: CreateSessionInput) {
    setPending(true);
    setError(null);
    const outcome = await createSession(input);
    setPending(false);
    if (!outcome.ok) {
      setError(outcome.error.code);
      return;
    }
    const { sessionId, facilitatorKey } = outcome.value;
    saveFacilitatorKey(sessionId, facilitatorKey);
    markJustCreated(sessionId);
    navigate(PAGES.facilitator(sessionId, facilitatorKey));
  }

  return { create, pending, error };
}

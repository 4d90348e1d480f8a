import type { SessionSummary } from '@forum-ouvert/shared';
import { useEffect, useState } from 'react';
import type { ClientErrorCode } from '../../net/errors.ts';
import { getSessionByCode, joinSession } from '../../net/http.ts';
import { saveParticipantIdentity, type ParticipantIdentity } from '../../store/persisted.ts';

export type SummaryLookup =
  | { status: 'loading' }
  | { status: 'found'; summary: SessionSummary }
  | { status: 'failed'; error: ClientErrorCode };

/** The workshop behind a code (its title and question are shown before joining), then joining it. */
export function useJoin(code: string, onJoined: (identity: ParticipantIdentity) => void) {
  const [lookup, setLookup] = useState<{ code: string; result: SummaryLookup } | null>(null);
  const [joining, setJoining] = useState(false);
  const [error, setError] = useState<ClientErrorCode | null>(null);

  useEffect(() => {
    let live = true;
    void getSessionByCode(code).then((outcome) => {
      if (!live) return;
      const result: SummaryLookup = outcome.ok
        ? { status: 'found', summary: outcome.value }
        : { status: 'failed', error: outcome.error.code };
      setLookup({ code, result });
    });
    return () => {
      live = false;
    };
  }, [code]);

  async function join(pseudonym: string) {
    setJoining(true);
    setError(null);
    const outcome = await joinSession(code, { pseudonym: pseudonym.trim() });
    setJoining(false);
    if (!outcome.ok) {
      setError(outcome.error.code);
      return;
    }
    const identity = { token: outcome.value.token, participantId: outcome.value.participantId };
    saveParticipantIdentity(code, identity);
    onJoined(identity);
  }

  const summary: SummaryLookup = lookup?.code === code ? lookup.result : { status: 'loading' };
  return { summary, joining, error, join };
}

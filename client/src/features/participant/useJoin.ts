import { PARTICIPANT_TOKEN_LENGTH, type SessionSummary } from '@forum-ouvert/shared';
import { nanoid } from 'nanoid';
import { useEffect, useState } from 'react';
import type { ClientErrorCode } from '../../net/errors.ts';
import { getSessionByCode, joinSession } from '../../net/http.ts';
import { loadPendingJoinToken, savePendingJoinToken, saveParticipantIdentity, type ParticipantIdentity } from '../../store/persisted.ts';

export type SummaryLookup =
  | { status: 'loading' }
  | { status: 'found'; summary: SessionSummary }
  | { status: 'failed'; error: ClientErrorCode };

/** Errors after which the server may have admitted the phone all the same. */
const UNANSWERED: ReadonlySet<ClientErrorCode> = new Set(['NETWORK', 'OFFLINE', 'INTERNAL']);

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
    // The phone makes its own secret: when the answer is lost, the retry carries the same one.
    const token = loadPendingJoinToken(code) ?? nanoid(PARTICIPANT_TOKEN_LENGTH);
    savePendingJoinToken(code, token);
    const outcome = await joinSession(code, { pseudonym: pseudonym.trim(), token });
    setJoining(false);
    if (!outcome.ok) {
      // Refused means nobody was admitted: the next try may start afresh. Unanswered, it may not.
      if (!UNANSWERED.has(outcome.error.code)) savePendingJoinToken(code, null);
      setError(outcome.error.code);
      return;
    }
    savePendingJoinToken(code, null);
    const identity = { token: outcome.value.token, participantId: outcome.value.participantId };
    saveParticipantIdentity(code, identity);
    onJoined(identity);
  }

  const summary: SummaryLookup = lookup?.code === code ? lookup.result : { status: 'loading' };
  return { summary, joining, error, join };
}

import { API } from '@forum-ouvert/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';
import { PoliteRegion } from '../../components/PoliteRegion.tsx';

type Outcome = 'idle' | 'deleted' | 'failed';

/**
 * Deletes the whole session (events, notes, everything) on the server. Irreversible, so it asks
 * once more; afterwards the page says so, since every screen of the session has been closed.
 */
export function DeleteSessionControl({ sessionId, facilitatorKey }: { sessionId: string; facilitatorKey: string }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<Outcome>('idle');
  async function remove() {
    try {
      const response = await fetch(API.deleteSession(sessionId), {
        method: 'DELETE',
        headers: { authorization: `Bearer ${facilitatorKey}` },
      });
      setOutcome(response.status === 204 ? 'deleted' : 'failed');
    } catch {
      setOutcome('failed');
    }
  }
  return (
    <section className="card stack" aria-labelledby="delete-session-heading" data-testid="delete-session">
      <h2 id="delete-session-heading">{t('deleteSession.heading')}</h2>
      <p>{t('deleteSession.explanation')}</p>
      {outcome === 'deleted' ? (
        <p role="status" data-testid="delete-session-done">{t('deleteSession.done')}</p>
      ) : (
        <ConfirmButton
          label={t('deleteSession.button')}
          confirmLabel={t('deleteSession.confirm')}
          context=""
          testId="delete-session-button"
          onConfirm={() => void remove()}
        />
      )}
      <PoliteRegion>
        {outcome === 'failed' && (
          <p className="error" data-testid="delete-session-failed">
            {t('deleteSession.failed')}
          </p>
        )}
      </PoliteRegion>
    </section>
  );
}

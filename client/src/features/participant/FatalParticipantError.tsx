import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ClientErrorCode } from '../../net/errors.ts';
import { forgetParticipantIdentity } from '../../store/persisted.ts';

/** The server no longer knows this phone's identity (or the workshop): offer to join afresh. */
export function FatalParticipantError({ code, error, onForget }: { code: string; error: ClientErrorCode; onForget: () => void }) {
  const { t } = useTranslation();
  return (
    <main className="page page--narrow stack" id="main">
      <h1>{t('participant.fatalHeading')}</h1>
      <p className="error" role="alert" data-testid="fatal-error" data-code={error}>
        {error === 'NOT_FOUND' ? t('join.unknownCode', { code }) : t(`errors.${error}`)}
      </p>
      {error === 'NOT_FOUND' ? (
        <Link href="/" className="button">
          {t('join.backHome')}
        </Link>
      ) : (
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            forgetParticipantIdentity(code);
            onForget();
          }}
        >
          {t('participant.joinAgain')}
        </button>
      )}
    </main>
  );
}

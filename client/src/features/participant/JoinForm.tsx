import { LIMITS } from '@forum-ouvert/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import type { ParticipantIdentity } from '../../store/persisted.ts';
import { readCheckInSpace } from './checkInParam.ts';
import { useJoin } from './useJoin.ts';

/** Joining asks for nothing but an optional name: no account, no e-mail, no phone number. */
export function JoinForm({ code, onJoined }: { code: string; onJoined: (identity: ParticipantIdentity) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [pseudonym, setPseudonym] = useState('');
  const [fromDoor] = useState(() => readCheckInSpace() !== null);
  const { summary, joining, error, join } = useJoin(code, onJoined);

  if (summary.status === 'loading') {
    return (
      <main className="page page--narrow" id="main">
        <p role="status">{t('common.loading')}</p>
      </main>
    );
  }
  if (summary.status === 'failed') {
    return (
      <main className="page page--narrow stack" id="main">
        <h1>{t('join.heading')}</h1>
        <p className="error" role="alert" data-testid="join-lookup-error" data-code={summary.error}>
          {summary.error === 'NOT_FOUND' ? t('join.unknownCode', { code }) : t(`errors.${summary.error}`)}
        </p>
        <Link href="/" className="button">
          {t('join.backHome')}
        </Link>
      </main>
    );
  }
  return (
    <main className="page page--narrow stack" id="main">
      <p className="eyebrow">{t('join.heading')}</p>
      <h1 data-testid="session-title" dir="auto">
        {summary.summary.title}
      </h1>
      {summary.summary.question && <p className="question" dir="auto">{summary.summary.question}</p>}
      {fromDoor && (
        <p className="phase-hint" data-testid="check-in-after-join">
          {t('checkIn.afterJoin')}
        </p>
      )}
      <form
        className="card stack"
        data-testid="join-form"
        onSubmit={(e) => {
          e.preventDefault();
          void join(pseudonym);
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-pseudonym`}>{t('join.pseudonym')}</label>
          <input
            id={`${id}-pseudonym`}
            dir="auto"
            data-testid="pseudonym-input"
            value={pseudonym}
            maxLength={LIMITS.pseudonymMax}
            autoComplete="nickname"
            aria-describedby={`${id}-hint`}
            onChange={(e) => setPseudonym(e.target.value)}
          />
          <p id={`${id}-hint`} className="hint">
            {t('join.pseudonymHint')}
          </p>
        </div>
        <ErrorMessage code={error} />
        <button type="submit" className="button button--primary button--wide" disabled={joining} data-testid="join-submit">
          {t('join.submit')}
        </button>
        <p className="hint">{t('join.privacy')}</p>
      </form>
    </main>
  );
}

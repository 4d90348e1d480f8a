import { PAGES } from '@forum-ouvert/shared';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../components/CopyButton.tsx';
import { clearJustCreated, wasJustCreated } from '../../store/persisted.ts';

/** Shown once, right after creating: the secret link is the only way back to this console. */
export function SecretLinkNotice({ sessionId, facilitatorKey }: { sessionId: string; facilitatorKey: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [shown, setShown] = useState(() => wasJustCreated(sessionId));
  useEffect(() => clearJustCreated(sessionId), [sessionId]);
  if (!shown) return null;

  const link = `${window.location.origin}${PAGES.facilitator(sessionId, facilitatorKey)}`;
  return (
    <section className="card card--notice stack" aria-labelledby={`${id}-heading`} data-testid="secret-link-notice">
      <h2 id={`${id}-heading`}>{t('secretLink.heading')}</h2>
      <p>{t('secretLink.warning')}</p>
      <div className="field">
        <label htmlFor={`${id}-link`}>{t('secretLink.label')}</label>
        <input id={`${id}-link`} readOnly value={link} data-testid="secret-link" onFocus={(e) => e.target.select()} />
      </div>
      <div className="actions">
        <CopyButton text={link} label={t('secretLink.copy')} fallbackFieldId={`${id}-link`} testId="copy-secret-link" />
        <button type="button" className="button" onClick={() => setShown(false)} data-testid="dismiss-secret-link">
          {t('secretLink.dismiss')}
        </button>
      </div>
    </section>
  );
}

import { JOIN_CODE_LENGTH, JoinCodeSchema, PAGES } from '@forum-ouvert/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { PoliteRegion } from '../../components/PoliteRegion.tsx';

/** Type the six characters shown on the projector; case and spaces do not matter. */
export function JoinByCodeForm() {
  const { t } = useTranslation();
  const id = useId();
  const [, navigate] = useLocation();
  const [code, setCode] = useState('');
  const [invalid, setInvalid] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = JoinCodeSchema.safeParse(code.replace(/\s+/g, ''));
    setInvalid(!parsed.success);
    if (parsed.success) navigate(PAGES.join(parsed.data));
  }

  return (
    <form className="card stack" onSubmit={submit} noValidate data-testid="join-code-form" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('home.joinHeading')}</h2>
      <div className="field">
        <label htmlFor={`${id}-code`}>{t('home.code')}</label>
        <input
          id={`${id}-code`}
          className="code-input"
          value={code}
          maxLength={JOIN_CODE_LENGTH + 2}
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
          aria-invalid={invalid}
          aria-describedby={invalid ? `${id}-hint ${id}-error` : `${id}-hint`}
          onChange={(e) => setCode(e.target.value.toUpperCase())}
          data-testid="join-code-input"
        />
        <p id={`${id}-hint`} className="hint">
          {t('home.codeHint', { n: JOIN_CODE_LENGTH })}
        </p>
        <PoliteRegion>
          {invalid && (
            <p id={`${id}-error`} className="error" data-testid="join-code-invalid">
              {t('home.codeInvalid', { n: JOIN_CODE_LENGTH })}
            </p>
          )}
        </PoliteRegion>
      </div>
      <button type="submit" className="button button--primary button--wide" data-testid="join-code-submit">
        {t('home.join')}
      </button>
    </form>
  );
}

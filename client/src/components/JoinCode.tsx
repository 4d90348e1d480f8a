import { useTranslation } from 'react-i18next';

/** The six characters people type, big enough to read from the back of a room. */
export function JoinCode({ code, size = 'large' }: { code: string; size?: 'large' | 'huge' }) {
  const { t } = useTranslation();
  return (
    <p className={`join-code join-code--${size}`}>
      <span className="join-code__label">{t('code.label')}</span>{' '}
      <span className="join-code__value" data-testid="join-code" aria-hidden="true">
        {code}
      </span>
      {/* Spelled out so a screen reader reads letters, not a word. */}
      <span className="sr-only">{code.split('').join(' ')}</span>
    </p>
  );
}

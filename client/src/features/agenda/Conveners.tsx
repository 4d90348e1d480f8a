import { useTranslation } from 'react-i18next';

/** "Proposed by Amina and Lucas", joined the way the reader's language joins a list. */
export function Conveners({ names, testId, kind = 'programme' }: { names: string[]; testId: string; kind?: 'programme' | 'spotlight' }) {
  const { t, i18n } = useTranslation();
  if (names.length === 0) return null;
  const list = new Intl.ListFormat(i18n.resolvedLanguage, { type: 'conjunction' }).format(names);
  return (
    <p className="conveners" data-testid={testId}>
      {kind === 'spotlight' ? t('spotlight.conveners', { names: list, count: names.length }) : t('programme.conveners', { names: list, count: names.length })}
    </p>
  );
}

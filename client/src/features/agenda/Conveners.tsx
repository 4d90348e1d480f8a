import { useTranslation } from 'react-i18next';
import { isolate } from '../../i18n/bidi.ts';
import { intlLocale } from '../../i18n/format.ts';

/** "Proposed by Amina and Lucas", joined the way the reader's language joins a list. */
export function Conveners({ names, testId, kind = 'programme' }: { names: string[]; testId: string; kind?: 'programme' | 'spotlight' }) {
  const { t, i18n } = useTranslation();
  if (names.length === 0) return null;
  const list = new Intl.ListFormat(intlLocale(i18n.language), { type: 'conjunction' }).format(names.map(isolate));
  return (
    <p className="conveners" data-testid={testId}>
      {kind === 'spotlight' ? t('spotlight.conveners', { names: list, count: names.length }) : t('programme.conveners', { names: list, count: names.length })}
    </p>
  );
}

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../../i18n/format.ts';
import { ENDONYMS, LANGUAGES } from '../../i18n/languages.ts';
import './accessibility.css';

/** When the statement was last reviewed; change it whenever the checks or the status change. */
export const STATEMENT_DATE = '2026-11-27';

const RECOURSE_URL = 'https://www.defenseurdesdroits.fr/';

/** Item keys of each list, in reading order. */
const TESTED = ['axe', 'directions', 'targets', 'zoom', 'motion', 'announcements'] as const;
const NOT_TESTED = ['screenReaders', 'cognitive', 'translations', 'listen', 'manual'] as const;
const LIMITATIONS = ['typed', 'projector', 'qr', 'dragAndDrop'] as const;

function Section({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section className="stack stack--tight" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {children}
    </section>
  );
}

/** `/accessibilite` (and `/accessibility`): what RGAA 4.1 asks an accessibility statement to say. */
export function AccessibilityStatementPage() {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(STATEMENT_DATE));
  // Each language named in itself, tagged with its language (voices, fonts) and isolated, so that
  // right-to-left names do not reorder the commas between them.
  const languages = LANGUAGES.map((lng, i) => (
    <span key={lng}>
      {i > 0 && ', '}
      <bdi lang={lng}>{ENDONYMS[lng]}</bdi>
    </span>
  ));
  return (
    <main className="page page--narrow stack statement" id="main" data-testid="accessibility-statement">
      <h1>{t('accessibilityStatement.heading')}</h1>
      <p>{t('accessibilityStatement.intro')}</p>
      <Section id="statement-status" heading={t('accessibilityStatement.status.heading')}>
        <p data-testid="conformance-status">
          <strong>{t('accessibilityStatement.status.text')}</strong>
        </p>
        <p>{t('accessibilityStatement.status.why')}</p>
        <p>{t('accessibilityStatement.status.rgaa')}</p>
      </Section>
      <Section id="statement-tested" heading={t('accessibilityStatement.tested.heading')}>
        <p>{t('accessibilityStatement.tested.intro')}</p>
        <ul className="statement__list">
          {TESTED.map((key) => (
            <li key={key}>{t(`accessibilityStatement.tested.${key}`)}</li>
          ))}
        </ul>
        <p data-testid="statement-languages">
          {t('accessibilityStatement.tested.languagesLabel')} {languages}
        </p>
      </Section>
      <Section id="statement-not-tested" heading={t('accessibilityStatement.notTested.heading')}>
        <ul className="statement__list">
          {NOT_TESTED.map((key) => (
            <li key={key}>{t(`accessibilityStatement.notTested.${key}`)}</li>
          ))}
        </ul>
      </Section>
      <Section id="statement-limitations" heading={t('accessibilityStatement.limitations.heading')}>
        <ul className="statement__list">
          {LIMITATIONS.map((key) => (
            <li key={key}>{t(`accessibilityStatement.limitations.${key}`)}</li>
          ))}
        </ul>
      </Section>
      <Section id="statement-report" heading={t('accessibilityStatement.report.heading')}>
        <p>{t('accessibilityStatement.report.text')}</p>
        <p>{t('accessibilityStatement.report.recourse')}</p>
        <p>
          <a href={RECOURSE_URL} hrefLang="fr" className="statement__link" rel="noopener">
            {t('accessibilityStatement.report.recourseLink')}
          </a>
        </p>
      </Section>
      <Section id="statement-technical" heading={t('accessibilityStatement.technical.heading')}>
        <p>{t('accessibilityStatement.technical.text')}</p>
      </Section>
      <Section id="statement-date" heading={t('accessibilityStatement.date.heading')}>
        <p data-testid="statement-date">{t('accessibilityStatement.date.text', { date })}</p>
      </Section>
    </main>
  );
}

export default AccessibilityStatementPage;

import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { FacilitatorApp } from './FacilitatorApp.tsx';
import { useFacilitatorKey } from './useFacilitatorKey.ts';

/** `/f/:sessionId#<key>`: the facilitator's console. */
export function FacilitatorPage() {
  const { t } = useTranslation();
  const sessionId = useParams<{ sessionId: string }>().sessionId ?? '';
  const key = useFacilitatorKey(sessionId);
  if (!key) {
    return (
      <main className="page page--narrow stack" id="main">
        <h1>{t('facilitator.missingKeyHeading')}</h1>
        <p role="alert" data-testid="missing-key">
          {t('facilitator.missingKey')}
        </p>
        <Link href="/" className="button">
          {t('join.backHome')}
        </Link>
      </main>
    );
  }
  return <FacilitatorApp sessionId={sessionId} facilitatorKey={key} />;
}

export default FacilitatorPage;

import { lazy, Suspense, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Switch } from 'wouter';
import { SiteFooter } from './components/SiteFooter.tsx';
import { LanguageMenu } from './i18n/LanguageMenu.tsx';
import { ROUTES } from './routes.ts';

// One chunk per page: a phone opening /j/CODE loads neither the console nor the QR generator.
const HomePage = lazy(() => import('./features/home/HomePage.tsx'));
const ParticipantPage = lazy(() => import('./features/participant/ParticipantPage.tsx'));
const FacilitatorPage = lazy(() => import('./features/facilitator/FacilitatorPage.tsx'));
const ProjectorPage = lazy(() => import('./features/projector/ProjectorPage.tsx'));
const AccessibilityStatementPage = lazy(() => import('./features/accessibility/AccessibilityStatementPage.tsx'));

function NotFound() {
  const { t } = useTranslation();
  return (
    <main className="page page--narrow stack" id="main" data-testid="not-found">
      <h1>{t('notFound.heading')}</h1>
      <Link href={ROUTES.home} className="button">
        {t('join.backHome')}
      </Link>
    </main>
  );
}

function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  const main = document.getElementById('main');
  main?.setAttribute('tabindex', '-1');
  main?.focus();
}

export function App() {
  const { t } = useTranslation();
  return (
    <>
      {/* Moves focus without touching location.hash, which holds the facilitator's key. */}
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <span className="topbar__name">{t('app.name')}</span>
        <LanguageMenu />
      </header>
      <Suspense fallback={<p role="status" className="page">{t('common.loading')}</p>}>
        <Switch>
          <Route path={ROUTES.home} component={HomePage} />
          <Route path={ROUTES.join} component={ParticipantPage} />
          <Route path={ROUTES.facilitator} component={FacilitatorPage} />
          <Route path={ROUTES.projector} component={ProjectorPage} />
          <Route path={ROUTES.accessibility} component={AccessibilityStatementPage} />
          <Route path={ROUTES.accessibilityAlias} component={AccessibilityStatementPage} />
          <Route component={NotFound} />
        </Switch>
      </Suspense>
      <SiteFooter />
    </>
  );
}

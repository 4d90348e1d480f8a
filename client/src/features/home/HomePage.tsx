import { ImportArchiveControl } from '../exports/ImportArchiveControl.tsx';
import { useTranslation } from 'react-i18next';
import { CreateSessionForm } from './CreateSessionForm.tsx';
import { JoinByCodeForm } from './JoinByCodeForm.tsx';

/** `/`: join a workshop with its code, or open a new one. */
export function HomePage() {
  const { t } = useTranslation();
  return (
    <main className="page stack" id="main">
      <h1>{t('home.heading')}</h1>
      <p className="lead">{t('home.intro')}</p>
      <div className="home-grid">
        <JoinByCodeForm />
        <CreateSessionForm />
      </div>
      <ImportArchiveControl />
    </main>
  );
}

export default HomePage;

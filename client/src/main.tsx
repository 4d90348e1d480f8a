import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import './i18n/index.ts';
import { LanguageLoading } from './i18n/LanguageLoading.tsx';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      {/* Until the locale chunk of the reader's language arrives, components suspend (react-i18next). */}
      <Suspense fallback={<LanguageLoading />}>
        <App />
      </Suspense>
    </StrictMode>,
  );
}

import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import i18n from '../i18n/index.ts';
import { resetStore } from '../store/store.ts';

// A fresh store, French, and empty storage for every test: no test sees another's state.
beforeEach(async () => {
  resetStore();
  window.localStorage.clear();
  window.sessionStorage.clear();
  await i18n.changeLanguage('fr');
});

afterEach(() => {
  cleanup();
});

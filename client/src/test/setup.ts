import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import i18n, { i18nReady } from '../i18n/index.ts';
import { resetStore } from '../store/store.ts';

// A fresh store, French, and empty storage for every test: no test sees another's state.
// French is set explicitly: jsdom's navigator says en-US, which the app would otherwise follow.
beforeEach(async () => {
  resetStore();
  window.localStorage.clear();
  window.sessionStorage.clear();
  await i18nReady;
  await i18n.changeLanguage('fr');
});

afterEach(() => {
  cleanup();
});

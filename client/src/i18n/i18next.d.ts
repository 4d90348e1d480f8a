import 'i18next';
import type fr from './locales/fr.json';

// Typed keys: a missing or misspelt key is a compile error. French is the reference locale;
// locales.test.ts checks every other locale has exactly the same keys.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof fr };
  }
}

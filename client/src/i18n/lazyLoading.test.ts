import i18next from 'i18next';
import { setI18n } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import i18n, { loadLocale, setUpI18n, type LocaleLoader } from './index.ts';

// setUpI18n makes each fresh instance react-i18next's default; give the app's back to later tests.
afterEach(() => {
  setI18n(i18n);
});

describe('locale files are loaded one at a time', () => {
  it('fetches only the language in use, never French alongside it, and the next one on change', async () => {
    const load = vi.fn<LocaleLoader>(loadLocale);
    const instance = i18next.createInstance();
    await setUpI18n(instance, 'ar', load);

    expect(load.mock.calls).toEqual([['ar']]);
    expect(instance.hasResourceBundle('ar', 'translation')).toBe(true);
    expect(instance.hasResourceBundle('fr', 'translation')).toBe(false);
    expect(document.documentElement.dir).toBe('rtl');

    await instance.changeLanguage('uk');
    expect(load.mock.calls).toEqual([['ar'], ['uk']]);
    expect(instance.t('language.label')).toBe('Мова');
    expect(document.documentElement).toHaveAttribute('lang', 'uk');
    expect(instance.hasResourceBundle('fr', 'translation')).toBe(false);
  });

  it('fetches French only if a key is missing, and shows it once it has come', async () => {
    const partialEnglish = { app: { name: 'Open Forum' } };
    const load = vi.fn<LocaleLoader>((language) => (language === 'en' ? Promise.resolve(partialEnglish) : loadLocale(language)));
    const instance = i18next.createInstance();
    await setUpI18n(instance, 'en', load);
    expect(instance.t('app.name')).toBe('Open Forum');
    expect(load.mock.calls).toEqual([['en']]);

    expect(instance.t('language.label')).toBe('');
    await vi.waitFor(() => expect(instance.t('language.label')).toBe('Langue'));
    expect(instance.t('tally.dots', { count: 2 })).toBe('2 gommettes');
    expect(load.mock.calls).toEqual([['en'], ['fr']]);
  });

  it('formats numbers inside sentences in the reader’s language', async () => {
    const instance = i18next.createInstance();
    await setUpI18n(instance, 'fr');
    expect(instance.t('tally.dots', { count: 1500 })).toBe('1\u202f500 gommettes');
    await instance.changeLanguage('en');
    expect(instance.t('tally.dots', { count: 1500 })).toBe('1,500 dots');
  });
});

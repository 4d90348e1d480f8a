import { describe, expect, it } from 'vitest';
import { detectLanguage, languageOfTag, storageKeyFor } from './detect.ts';
import { LANGUAGE_STORAGE_KEY, PROJECTOR_LANGUAGE_STORAGE_KEY } from './languages.ts';

describe('language detection', () => {
  it.each([
    ['fr-FR', 'fr'],
    ['en-US', 'en'],
    ['ar', 'ar'],
    ['ar-MA', 'ar'],
    ['fa-AF', 'fa'],
    ['fa-IR', 'fa'],
    ['prs', 'fa'],
    ['prs-AF', 'fa'],
    ['ps-AF', 'ps'],
    ['uk-UA', 'uk'],
    ['ti-ER', 'ti'],
    ['TI_et', 'ti'],
    ['de-DE', null],
    ['', null],
  ])('reads %s as %s, by its primary subtag', (tag, language) => {
    expect(languageOfTag(tag)).toBe(language);
  });

  it('weighs ?lang= first, then the saved choice, then the browser, then French', () => {
    const browser = ['de-DE', 'fa-AF', 'en'];
    expect(detectLanguage({ query: 'ar', saved: 'uk', browser })).toBe('ar');
    expect(detectLanguage({ query: null, saved: 'uk', browser })).toBe('uk');
    expect(detectLanguage({ query: null, saved: null, browser })).toBe('fa');
    expect(detectLanguage({ query: null, saved: null, browser: ['de', 'it'] })).toBe('fr');
  });

  it('skips what it does not know instead of falling to French', () => {
    expect(detectLanguage({ query: 'klingon', saved: 'xx', browser: ['prs'] })).toBe('fa');
  });

  it('keeps the projector’s choice apart from the rest of the device', () => {
    expect(storageKeyFor('/screen/ABCDEF')).toBe(PROJECTOR_LANGUAGE_STORAGE_KEY);
    expect(storageKeyFor('/j/ABCDEF')).toBe(LANGUAGE_STORAGE_KEY);
    expect(storageKeyFor('/f/s1')).toBe(LANGUAGE_STORAGE_KEY);
    expect(storageKeyFor('/')).toBe(LANGUAGE_STORAGE_KEY);
    expect(PROJECTOR_LANGUAGE_STORAGE_KEY).not.toBe(LANGUAGE_STORAGE_KEY);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { initialLanguage, saveLanguageChoice } from './languageChoice.ts';
import { LANGUAGE_STORAGE_KEY, PROJECTOR_LANGUAGE_STORAGE_KEY } from './languages.ts';

function at(url: string, browser: string[] = ['en-US']) {
  window.history.replaceState(null, '', url);
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(browser);
}

afterEach(() => {
  window.history.replaceState(null, '', '/');
  vi.restoreAllMocks();
});

describe('the language a page starts in', () => {
  it('follows the phone’s languages when nothing was chosen: Dari as fa-AF or as prs', () => {
    at('/j/ABCDEF', ['fa-AF', 'fr-FR']);
    expect(initialLanguage()).toBe('fa');
    at('/j/ABCDEF', ['prs']);
    expect(initialLanguage()).toBe('fa');
    at('/j/ABCDEF', ['de-DE']);
    expect(initialLanguage()).toBe('fr');
  });

  it('prefers the choice saved on this device to the phone’s languages', () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'ti');
    at('/j/ABCDEF', ['ar-SY']);
    expect(initialLanguage()).toBe('ti');
  });

  it('prefers ?lang= to everything, and remembers it as a choice', () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'ti');
    at('/j/ABCDEF?lang=ps', ['ar-SY']);
    expect(initialLanguage()).toBe('ps');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('ps');
  });

  it('ignores an unknown ?lang= and saves nothing for it', () => {
    at('/j/ABCDEF?lang=zz', ['uk-UA']);
    expect(initialLanguage()).toBe('uk');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBeNull();
  });

  it('gives the projector its own memory: French on the console, Arabic on the projector window', () => {
    at('/f/s1');
    saveLanguageChoice('fr');
    at('/screen/ABCDEF');
    saveLanguageChoice('ar');

    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('fr');
    expect(window.localStorage.getItem(PROJECTOR_LANGUAGE_STORAGE_KEY)).toBe('ar');
    at('/screen/ABCDEF');
    expect(initialLanguage()).toBe('ar');
    at('/f/s1');
    expect(initialLanguage()).toBe('fr');
  });

  it('still starts when storage is refused (private browsing, kiosk policy)', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    at('/j/ABCDEF?lang=uk');
    expect(initialLanguage()).toBe('uk');
  });
});

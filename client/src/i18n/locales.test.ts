import { ERROR_CODES, PHASES, THEME_ICONS } from '@forum-ouvert/shared';
import { describe, expect, it } from 'vitest';
import { CLIENT_ERROR_CODES } from '../net/errors.ts';
import en from './locales/en.json';
import fr from './locales/fr.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('locales', () => {
  it('English has exactly the keys of French, none empty', () => {
    expect(keys(en).sort()).toEqual(keys(fr).sort());
    for (const locale of [fr, en]) for (const key of keys(locale)) expect(key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], locale)).not.toBe('');
  });

  it('translate every error code, phase and theme icon of the domain', () => {
    for (const locale of [fr, en]) {
      for (const code of [...ERROR_CODES, ...CLIENT_ERROR_CODES]) expect(locale.errors[code]).toBeTruthy();
      for (const phase of PHASES) expect(locale.phases[phase.id].name).toBeTruthy();
      for (const icon of THEME_ICONS) expect(locale.themeIcons[icon]).toBeTruthy();
    }
  });
});

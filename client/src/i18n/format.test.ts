import { LANGUAGES } from '@forum-ouvert/shared';
import { describe, expect, it } from 'vitest';
import { formatClock, formatNumber, intlLocale, slotTimes } from './format.ts';

describe('numbers and times on screen', () => {
  it.each(LANGUAGES)('writes slot times on a 24-hour clock with Western digits in %s, as on the projector', (language) => {
    expect(formatClock(language, '14:00')).toBe('14:00');
    expect(formatClock(language, '09:05')).toBe('09:05');
    expect(slotTimes(language, { start: '10:00', end: '11:30' })).toEqual({ start: '10:00', end: '11:30' });
  });

  it('gives Arabic, Dari and Pashto Western digits on purpose', () => {
    for (const language of ['ar', 'fa', 'ps']) {
      expect(intlLocale(language)).toBe(`${language}-u-nu-latn`);
      expect(formatNumber(language, 12)).toBe('12');
    }
    // What Intl would write without the choice: Persian digits for Dari, Arabic-Indic ones in Syria, unlike the signs in the room.
    expect(new Intl.NumberFormat('fa').format(12)).not.toBe('12');
    expect(new Intl.NumberFormat('ar-SY').format(12)).not.toBe('12');
  });

  it('groups thousands the way each language does', () => {
    expect(formatNumber('fr', 2000)).toBe('2\u202f000');
    expect(formatNumber('en', 2000)).toBe('2,000');
  });

  it('leaves a time it cannot read as it is', () => {
    expect(formatClock('fr', 'midi')).toBe('midi');
  });
});

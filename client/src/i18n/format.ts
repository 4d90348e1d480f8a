import { DEFAULT_LANGUAGE, isLanguage, RTL_LANGUAGES } from './languages.ts';

/**
 * The locale handed to `Intl` for an interface language. Arabic, Dari and Pashto are given Western
 * digits (`-u-nu-latn`) on purpose, everywhere: in France people read "14:00" on signs, tickets and
 * the projector, and a time read on the projector must look the same as on a phone set to another
 * language. Every number and time on screen goes through here, so the choice is made once.
 */
export function intlLocale(language: string): string {
  const known = isLanguage(language) ? language : DEFAULT_LANGUAGE;
  return RTL_LANGUAGES.includes(known) ? `${known}-u-nu-latn` : known;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const clockFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(locale: string, twoDigits: boolean): Intl.NumberFormat {
  const key = `${locale}|${twoDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, twoDigits ? { minimumIntegerDigits: 2, useGrouping: false } : {});
    numberFormats.set(key, format);
  }
  return format;
}

export function formatNumber(language: string, value: number): string {
  return numberFormat(intlLocale(language), false).format(value);
}

/** "05" for minutes and seconds of a countdown. */
export function formatTwoDigits(language: string, value: number): string {
  return numberFormat(intlLocale(language), true).format(value);
}

/**
 * A slot's wall-clock time ("14:00", as the facilitator typed it) in the reader's language.
 * Always on a 24-hour clock: the programme of a workshop in France is printed that way, and the
 * phone of an English speaker must not say "2:00 PM" when the projector says "14:00".
 * The time is a time of day with no date or zone, so it is formatted as UTC to stay as typed.
 */
export function formatClock(language: string, time: string): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!match) return time;
  const locale = intlLocale(language);
  let format = clockFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });
    clockFormats.set(locale, format);
  }
  return format.format(Date.UTC(1970, 0, 1, Number(match[1]), Number(match[2])));
}

/** The start and end of a slot, formatted, ready for `t('…', slotTimes(…))`. */
export function slotTimes(language: string, slot: { start: string; end: string }): { start: string; end: string } {
  return { start: formatClock(language, slot.start), end: formatClock(language, slot.end) };
}

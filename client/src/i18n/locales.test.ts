import { ERROR_CODES, LANGUAGES, PHASES, THEME_ICONS, type Language } from '@forum-ouvert/shared';
import { describe, expect, it } from 'vitest';
import { CLIENT_ERROR_CODES } from '../net/errors.ts';

/**
 * Every language against French, the reference. Each test lists exactly what is wrong in that
 * language (a missing key, a plural form too many, a lost `{{variable}}`), so a translator can fix
 * it from the test output alone. A locale file that does not exist yet fails here too.
 */
const FILES = import.meta.glob<{ default: unknown }>('./locales/*.json', { eager: true });
const fileOf = (language: Language): unknown => FILES[`./locales/${language}.json`]?.default;

const PLURAL_FORM = /^(.+)_(zero|one|two|few|many|other)$/;

/** Leaf keys ("voting.add") and their values; anything that is not a string is kept to be reported. */
function flatten(value: unknown, prefix = '', into = new Map<string, unknown>()): Map<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return into.set(prefix, value);
  for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
  return into;
}

function variablesOf(text: unknown): Set<string> {
  const names = new Set<string>();
  if (typeof text !== 'string') return names;
  for (const match of text.matchAll(/\{\{\s*-?\s*([^\s,}]+)[^}]*\}\}/g)) if (match[1]) names.add(match[1]);
  return names;
}

const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));
const list = (s: Iterable<string>) => [...s].sort().join(', ') || '(none)';

/** The plural forms a language must have: its CLDR categories, less a 'many' used only for millions (French's). */
function pluralRulesOf(language: Language): { required: Set<string>; optional: Set<string> } {
  const rules = new Intl.PluralRules(language);
  const { locale, pluralCategories } = rules.resolvedOptions();
  if (!locale.startsWith(language)) throw new Error(`this Node has no plural rules for ${language} (got ${locale})`);
  const manyInDailyUse = Array.from({ length: 1001 }, (_, n) => rules.select(n)).includes('many');
  const required = new Set<string>(pluralCategories.filter((c) => c !== 'many' || manyInDailyUse));
  const optional = new Set<string>(pluralCategories.filter((c) => !required.has(c)));
  return { required, optional };
}

interface Reference {
  singles: Map<string, unknown>;
  /** base key → its forms in French, e.g. "tally.dots" → { one: "…", other: "…" } */
  plurals: Map<string, Map<string, unknown>>;
}

function split(entries: Map<string, unknown>, pluralBases: Set<string> | null): Reference {
  const singles = new Map<string, unknown>();
  const plurals = new Map<string, Map<string, unknown>>();
  for (const [key, value] of entries) {
    const match = PLURAL_FORM.exec(key);
    const base = match?.[1];
    const form = match?.[2];
    // In French a group is any key with an `_other` form; elsewhere, only French's groups count as plurals.
    const isPlural = base !== undefined && form !== undefined && (pluralBases ? pluralBases.has(base) : entries.has(`${base}_other`));
    if (isPlural) plurals.set(base, (plurals.get(base) ?? new Map()).set(form, value));
    else singles.set(key, value);
  }
  return { singles, plurals };
}

const french = fileOf('fr');
if (french === undefined) throw new Error('locales/fr.json, the reference, is missing');
const reference = split(flatten(french), null);

function problemsOf(language: Language, file: unknown): string[] {
  if (file === undefined) return [`locales/${language}.json is missing`];
  const entries = flatten(file);
  const target = split(entries, new Set(reference.plurals.keys()));
  const problems: string[] = [];

  for (const [key, value] of entries) {
    if (typeof value !== 'string') problems.push(`${key}: not a string`);
    else if (value.trim() === '') problems.push(`${key}: empty`);
  }
  for (const [key, value] of reference.singles) {
    if (!target.singles.has(key)) {
      problems.push(`${key}: missing`);
      continue;
    }
    const want = variablesOf(value);
    const got = variablesOf(target.singles.get(key));
    if (!sameSet(want, got)) problems.push(`${key}: variables ${list(got)}, French has ${list(want)}`);
  }
  for (const key of target.singles.keys()) if (!reference.singles.has(key)) problems.push(`${key}: not in French`);

  const { required, optional } = pluralRulesOf(language);
  for (const [base, frenchForms] of reference.plurals) {
    const forms = target.plurals.get(base) ?? new Map<string, unknown>();
    const needed = new Set(required);
    if (frenchForms.has('zero')) needed.add('zero');
    const allowed = new Set([...needed, ...optional]);
    for (const form of needed) if (!forms.has(form)) problems.push(`${base}_${form}: missing (${language} plural forms: ${list(needed)})`);
    for (const form of forms.keys()) if (!allowed.has(form)) problems.push(`${base}_${form}: not a plural form of ${language} (${list(needed)})`);

    const groupVariables = new Set([...frenchForms.values()].flatMap((text) => [...variablesOf(text)]));
    const otherVariables = variablesOf(frenchForms.get('other'));
    const other = variablesOf(forms.get('other'));
    const lost = [...otherVariables].filter((v) => !other.has(v));
    if (forms.has('other') && lost.length > 0) problems.push(`${base}_other: lacks ${list(lost)}`);
    for (const [form, text] of forms) {
      const unknown = [...variablesOf(text)].filter((v) => !groupVariables.has(v));
      if (unknown.length > 0) problems.push(`${base}_${form}: unknown variables ${list(unknown)}`);
    }
  }
  return problems;
}

function domainGapsOf(language: Language): string[] {
  const entries = flatten(fileOf(language) ?? {});
  const has = (key: string) => typeof entries.get(key) === 'string' && entries.get(key) !== '';
  return [
    ...[...ERROR_CODES, ...CLIENT_ERROR_CODES].map((code) => `errors.${code}`),
    ...PHASES.map((phase) => `phases.${phase.id}.name`),
    ...THEME_ICONS.map((icon) => `themeIcons.${icon}`),
  ].filter((key) => !has(key));
}

describe('locales', () => {
  it.each(LANGUAGES)('%s has every key of French, its plural forms and its variables, none empty', (language) => {
    expect(problemsOf(language, fileOf(language))).toEqual([]);
  });

  it.each(LANGUAGES)('%s translates every error code, phase and theme icon of the domain', (language) => {
    expect(domainGapsOf(language)).toEqual([]);
  });

  it('reports what is wrong, precisely', () => {
    const broken = structuredClone(fileOf('en')) as { tally: Record<string, string>; language: Record<string, string>; app: Record<string, string> };
    delete broken.tally['dots_one'];
    broken.tally['dots_many'] = '{{count}} dots';
    broken.tally['dots_other'] = '{{n}} dots';
    broken.language['label'] = ' ';
    broken.app['extra'] = 'Extra';
    expect(problemsOf('en', broken).sort()).toEqual([
      'app.extra: not in French',
      'language.label: empty',
      'tally.dots_many: not a plural form of en (one, other)',
      'tally.dots_one: missing (en plural forms: one, other)',
      'tally.dots_other: lacks count',
      'tally.dots_other: unknown variables n',
    ]);
    expect(problemsOf('ti', undefined)).toEqual(['locales/ti.json is missing']);

    // Arabic needs six plural forms, English two, Ukrainian four; French may leave out 'many' (millions only).
    expect([...pluralRulesOf('ar').required].sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
    expect([...pluralRulesOf('en').required].sort()).toEqual(['one', 'other']);
    expect([...pluralRulesOf('fr').optional]).toEqual(['many']);
    expect([...pluralRulesOf('uk').required].sort()).toEqual(['few', 'many', 'one', 'other']);
    expect([...variablesOf('{{count}} / {{- name}} {{ when, datetime }}')]).toEqual(['count', 'name', 'when']);
  });
});

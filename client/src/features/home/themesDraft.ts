import { LIMITS, SESSION_LAB_PRESET_ICONS, THEME_ICONS, type ThemeIcon } from '@forum-ouvert/shared';
import { nanoid } from 'nanoid';

/** A theme being edited on the home page; `key` only keeps React rows stable. */
export interface ThemeDraft {
  key: string;
  name: string;
  icon: ThemeIcon;
}

export type PresetIcon = 'health' | 'housing' | 'permit' | 'pay';

export function newTheme(name = '', icon: ThemeIcon = 'other'): ThemeDraft {
  return { key: nanoid(8), name, icon };
}

/** The Session Lab preset, named in the facilitator's language by `nameOf`. */
export function presetThemes(nameOf: (icon: PresetIcon) => string): ThemeDraft[] {
  return SESSION_LAB_PRESET_ICONS.map((icon) => newTheme(nameOf(icon as PresetIcon), icon));
}

/** The next icon nobody uses yet, so that added themes look different by default. */
export function unusedIcon(themes: readonly ThemeDraft[]): ThemeIcon {
  return THEME_ICONS.find((icon) => icon !== 'other' && !themes.some((t) => t.icon === icon)) ?? 'other';
}

export type ThemesProblem = 'themeNameRequired' | 'themeNamesDiffer' | 'tooManyThemes' | null;

/** The rules of CreateSessionSchema, checked before sending. */
export function themesProblem(themes: readonly ThemeDraft[]): ThemesProblem {
  if (themes.length > LIMITS.themesMax) return 'tooManyThemes';
  const names = themes.map((t) => t.name.trim().toLowerCase());
  if (names.some((n) => n.length === 0)) return 'themeNameRequired';
  if (new Set(names).size !== names.length) return 'themeNamesDiffer';
  return null;
}

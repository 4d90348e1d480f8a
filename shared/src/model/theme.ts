import type { z } from 'zod';
import type { ThemeSchema } from './theme.schema.ts';

/** Pictograms a theme may carry; the client maps each to an image and an accessible label. */
export const THEME_ICONS = [
  'health',
  'housing',
  'permit',
  'pay',
  'work',
  'language',
  'training',
  'family',
  'transport',
  'culture',
  'rights',
  'other',
] as const;
export type ThemeIcon = (typeof THEME_ICONS)[number];
export type Theme = z.infer<typeof ThemeSchema>;

/**
 * The "Session Lab" preset: the four subjects the Bretagne open forum chose.
 * Names are stored as typed by the facilitator, so the preset is given in the
 * facilitator's language by the client (see client i18n `preset.*`).
 */
export const SESSION_LAB_PRESET_ICONS: readonly ThemeIcon[] = ['health', 'housing', 'permit', 'pay'];

import { z } from 'zod';
import { IdSchema } from './ids.ts';
import { LIMITS } from './limits.ts';

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
export const ThemeIconSchema = z.enum(THEME_ICONS);
export type ThemeIcon = z.infer<typeof ThemeIconSchema>;

export const ThemeSchema = z.object({
  id: IdSchema,
  name: z.string().trim().min(1).max(LIMITS.themeNameMax),
  icon: ThemeIconSchema,
});
export type Theme = z.infer<typeof ThemeSchema>;

/**
 * The "Session Lab" preset: the four subjects the Bretagne open forum chose.
 * Names are stored as typed by the facilitator, so the preset is given in the
 * facilitator's language by the client (see client i18n `preset.*`).
 */
export const SESSION_LAB_PRESET_ICONS: readonly ThemeIcon[] = ['health', 'housing', 'permit', 'pay'];

import { z } from 'zod';
import { IdSchema } from './ids.schema.ts';
import { LIMITS } from './limits.ts';
import { THEME_ICONS } from './theme.ts';

export const ThemeIconSchema = z.enum(THEME_ICONS);

export const ThemeSchema = z.object({
  id: IdSchema,
  name: z.string().trim().min(1).max(LIMITS.themeNameMax),
  icon: ThemeIconSchema,
});

import { z } from 'zod';
import { DEFAULT_PURGE_AFTER_DAYS } from '../lifecycle/purge.ts';

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  // 0.0.0.0 so that phones on the same network reach the laptop.
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  PUBLIC_URL: z.url().optional(),
  ALLOWED_ORIGINS: z.string().default(''),
  // Whole days, at least one: a typo must not purge every session at start-up.
  PURGE_AFTER_DAYS: z.coerce.number().int().min(1).max(36_500).default(DEFAULT_PURGE_AFTER_DAYS),
});

export interface ServerEnv {
  port: number;
  host: string;
  dataDir: string;
  publicUrl: string | undefined;
  allowedOrigins: string[];
  purgeAfterDays: number;
}

export function readEnv(env: NodeJS.ProcessEnv): ServerEnv {
  const parsed = EnvSchema.parse(env);
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    dataDir: parsed.DATA_DIR,
    publicUrl: parsed.PUBLIC_URL?.replace(/\/+$/, ''),
    allowedOrigins: parsed.ALLOWED_ORIGINS.split(',')
      .map((origin) => origin.trim().replace(/\/+$/, ''))
      .filter((origin) => origin.length > 0),
    purgeAfterDays: parsed.PURGE_AFTER_DAYS,
  };
}

import { formatNumber, formatTwoDigits } from '../i18n/format.ts';

export const DEFAULT_WARN_BEFORE_MS = 5 * 60 * 1000;

export type CountdownStage = 'running' | 'warning' | 'done';

/** Whole seconds left, rounded up: "00:01" shows until the very end, "00:00" only once time is up. */
export function secondsLeft(remainingMs: number): number {
  return Math.max(0, Math.ceil(remainingMs / 1000));
}

/** `mm:ss` under an hour, `h:mm:ss` from an hour on, in the digits of `language` (see i18n/format.ts). */
export function formatRemaining(remainingMs: number, language: string): string {
  const total = secondsLeft(remainingMs);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const pad = (n: number) => formatTwoDigits(language, n);
  return hours > 0 ? `${formatNumber(language, hours)}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`;
}

export function countdownStage(remainingMs: number, warnBeforeMs: number): CountdownStage {
  if (remainingMs <= 0) return 'done';
  return remainingMs < warnBeforeMs ? 'warning' : 'running';
}

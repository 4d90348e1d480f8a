import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { countdownStage, DEFAULT_WARN_BEFORE_MS, formatRemaining, secondsLeft } from './countdown.ts';
import { Icon } from './Icon.tsx';
import { useRemaining } from './useRemaining.ts';

interface Props {
  /** Absolute end time, ms since the epoch (`state.breakouts.timer.endsAt`). */
  endsAt: number;
  /** From when on the timer warns (default 5 minutes). */
  warnBeforeMs?: number;
  size?: 'normal' | 'large';
  /** Replaces "Time left" (e.g. the slot it times). */
  label?: string;
}

/**
 * Counts down to `endsAt` every second. The digits are a `timer` (never read aloud on each tick);
 * a separate polite status line speaks only when the last minutes begin and when time is up.
 */
export function Countdown({ endsAt, warnBeforeMs = DEFAULT_WARN_BEFORE_MS, size = 'normal', label }: Props) {
  const { t, i18n } = useTranslation();
  const labelId = useId();
  const remaining = useRemaining(endsAt);
  const stage = countdownStage(remaining, warnBeforeMs);
  const message =
    stage === 'done'
      ? t('countdown.done')
      : stage === 'warning'
        ? t('countdown.warning', { count: Math.ceil(warnBeforeMs / 60_000) })
        : '';
  const name = label ?? t('countdown.label');
  return (
    <div
      className={`countdown countdown--${size} countdown--${stage}`}
      data-testid="countdown"
      data-stage={stage}
      data-seconds={secondsLeft(remaining)}
    >
      <span className="countdown__label" id={labelId}>
        <Icon name="clock" size={size === 'large' ? 40 : 24} />
        {name}
      </span>
      <span className="countdown__time" role="timer" aria-labelledby={labelId} data-testid="countdown-time">
        {formatRemaining(remaining, i18n.language)}
      </span>
      <p className="countdown__message" role="status" aria-live="polite" data-testid="countdown-message">
        {message}
      </p>
    </div>
  );
}

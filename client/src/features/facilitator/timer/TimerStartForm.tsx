import { TIMER_MAX_SECONDS, type Slot } from '@forum-ouvert/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../../../hooks/useCommand.ts';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { slotTimes } from '../../../i18n/format.ts';
import { slotMinutes } from '../spaces/slotDraft.ts';

const MAX_MINUTES = TIMER_MAX_SECONDS / 60;
const PHASE_DEFAULT_MINUTES = 10;

/** Whole minutes between 1 and the longest timer allowed, or null. */
function minutesOf(text: string): number | null {
  const value = Number(text);
  return text.trim() !== '' && Number.isInteger(value) && value >= 1 && value <= MAX_MINUTES ? value : null;
}

/**
 * Starts a countdown every screen shows: for the current slot (its length by default) or for the
 * phase. Remounted (by key) when the current slot changes, so the default follows it.
 */
export function TimerStartForm({ currentSlot }: { currentSlot: Slot | undefined }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [text, setText] = useState(String(currentSlot ? slotMinutes(currentSlot) : PHASE_DEFAULT_MINUTES));
  const { run, pending, error } = useCommand();
  const minutes = minutesOf(text);
  const start = (slotId: string | null) => minutes !== null && void run({ type: 'startTimer', durationSeconds: minutes * 60, slotId });
  return (
    <div className="stack stack--tight">
      <div className="field">
        <label htmlFor={`${id}-minutes`}>{t('timerControl.minutes')}</label>
        <input
          id={`${id}-minutes`}
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_MINUTES}
          value={text}
          aria-invalid={minutes === null}
          aria-describedby={`${id}-hint`}
          onChange={(e) => setText(e.target.value)}
          data-testid="timer-minutes"
        />
        <p id={`${id}-hint`} className={minutes === null ? 'error' : 'hint'}>
          {minutes === null ? t('timerControl.minutesInvalid', { max: MAX_MINUTES }) : currentSlot ? t('timerControl.minutesHint') : t('timerControl.minutesHintNoSlot')}
        </p>
      </div>
      <div className="actions">
        <button
          type="button"
          className="button button--primary"
          disabled={pending || minutes === null || !currentSlot}
          onClick={() => currentSlot && start(currentSlot.id)}
          data-testid="timer-start-slot"
        >
          {currentSlot ? t('timerControl.startSlot', slotTimes(i18n.language, currentSlot)) : t('timerControl.startSlotNone')}
        </button>
        <button type="button" className="button" disabled={pending || minutes === null} onClick={() => start(null)} data-testid="timer-start-phase">
          {t('timerControl.startPhase')}
        </button>
      </div>
      <ErrorMessage code={error} />
    </div>
  );
}

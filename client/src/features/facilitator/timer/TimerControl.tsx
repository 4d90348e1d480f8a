import { orderedSlots, type SessionState } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { Countdown } from '../../../components/Countdown.tsx';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { useCommand } from '../../../hooks/useCommand.ts';
import { slotTimes } from '../../../i18n/format.ts';
import { CurrentSlotControl } from './CurrentSlotControl.tsx';
import { TimerStartForm } from './TimerStartForm.tsx';

/** The current slot and the shared countdown (an absolute end time, so every screen agrees). */
export function TimerControl({ state }: { state: SessionState }) {
  const { t, i18n } = useTranslation();
  const stop = useCommand();
  const slots = orderedSlots(state);
  const { currentSlotId, timer } = state.breakouts;
  const currentSlot = slots.find((s) => s.id === currentSlotId);
  const timedSlot = timer?.slotId ? state.slots[timer.slotId] : undefined;
  return (
    <div className="stack timer-control" data-testid="timer-control">
      <CurrentSlotControl key={`current-${currentSlotId ?? 'none'}`} slots={slots} currentSlotId={currentSlotId} />
      {timer ? (
        <div className="stack stack--tight" data-testid="timer-running" data-ends-at={timer.endsAt} data-slot-id={timer.slotId ?? ''}>
          <Countdown
            endsAt={timer.endsAt}
            label={timedSlot ? t('timerControl.slotTimer', slotTimes(i18n.language, timedSlot)) : t('timerControl.phaseTimer')}
          />
          <button type="button" className="button button--danger" disabled={stop.pending} onClick={() => void stop.run({ type: 'stopTimer' })} data-testid="timer-stop">
            {t('timerControl.stop')}
          </button>
          <ErrorMessage code={stop.error} />
        </div>
      ) : (
        <p className="hint" data-testid="timer-idle">
          {t('timerControl.idle')}
        </p>
      )}
      <TimerStartForm key={`start-${currentSlot ? `${currentSlot.id}-${currentSlot.start}-${currentSlot.end}` : 'none'}`} currentSlot={currentSlot} />
    </div>
  );
}

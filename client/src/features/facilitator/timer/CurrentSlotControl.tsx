import type { Slot } from '@forum-ouvert/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../../../hooks/useCommand.ts';
import { slotTimes } from '../../../i18n/format.ts';
import { Refusal } from '../Refusal.tsx';

const NONE = 'none';

/** The slot under way: the projector highlights it and a check-in at a door joins its group. */
export function CurrentSlotControl({ slots, currentSlotId }: { slots: readonly Slot[]; currentSlotId: string | null }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const current = currentSlotId ?? NONE;
  const [choice, setChoice] = useState(current);
  const { run, pending, error } = useCommand();
  const label = (slot: Slot) => t('timerControl.slot', slotTimes(i18n.language, slot));
  const currentSlot = slots.find((s) => s.id === currentSlotId);
  return (
    <div className="stack stack--tight">
      <p role="status" data-testid="current-slot" data-slot-id={currentSlotId ?? ''}>
        {currentSlot ? t('timerControl.currentIs', { slot: label(currentSlot) }) : t('timerControl.currentNone')}
      </p>
      <div className="inline-form">
        <label htmlFor={`${id}-slot`}>{t('timerControl.currentLabel')}</label>
        <select id={`${id}-slot`} value={choice} onChange={(e) => setChoice(e.target.value)} data-testid="current-slot-select">
          <option value={NONE}>{t('timerControl.noCurrent')}</option>
          {slots.map((slot) => (
            <option key={slot.id} value={slot.id}>
              {label(slot)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button"
          disabled={pending || choice === current}
          onClick={() => void run({ type: 'setCurrentSlot', slotId: choice === NONE ? null : choice })}
          data-testid="current-slot-apply"
        >
          {t('timerControl.currentApply')}
        </button>
      </div>
      <Refusal code={error} conflict={t('timerControl.currentConflict')} />
    </div>
  );
}

import type { SessionState } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { Countdown } from '../../components/Countdown.tsx';
import { slotTimes } from '../../i18n/format.ts';

/** Above the grid: the slot happening now and, when a timer runs, its countdown in large type. */
export function NowBanner({ state }: { state: SessionState }) {
  const { t, i18n } = useTranslation();
  const { currentSlotId, timer } = state.breakouts;
  const current = currentSlotId ? state.slots[currentSlotId] : undefined;
  if (!current && !timer) return null;
  return (
    <div className="now-banner" data-testid="now-banner">
      {current && (
        <p className="now-banner__slot" data-testid="now-slot" data-slot-id={current.id}>
          {t('projectorAgenda.nowSlot', slotTimes(i18n.language, current))}
        </p>
      )}
      {timer && <Countdown endsAt={timer.endsAt} size="large" />}
    </div>
  );
}

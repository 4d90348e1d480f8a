import type { Slot } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';

/** "10:00 – 11:00", as written on the programme. */
export function SlotTimes({ slot }: { slot: Slot }) {
  const { t } = useTranslation();
  return <span className="slot-times">{t('programme.slotTimes', { start: slot.start, end: slot.end })}</span>;
}

import type { Slot } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { slotTimes } from '../../i18n/format.ts';

/** "10:00 – 11:00", as written on the programme. */
export function SlotTimes({ slot }: { slot: Slot }) {
  const { t, i18n } = useTranslation();
  return <span className="slot-times">{t('programme.slotTimes', slotTimes(i18n.language, slot))}</span>;
}

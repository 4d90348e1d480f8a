import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon.tsx';

interface Props {
  slotId: string;
  topicId: string;
  count: number;
  capacity: number;
  /** From `isGroupFull`, never recomputed here. */
  full: boolean;
}

/** "12 / 30" people in a group, and "Full" in words (not only in colour) once no seat is left. */
export function Headcount({ slotId, topicId, count, capacity, full }: Props) {
  const { t } = useTranslation();
  return (
    <span
      className={full ? 'headcount headcount--full' : 'headcount'}
      data-testid={`headcount-${slotId}-${topicId}`}
      data-count={count}
      data-capacity={capacity}
      data-full={full}
    >
      <Icon name="people" size={20} />
      <span aria-hidden="true">{t('programme.headcount', { n: count, capacity })}</span>
      <span className="sr-only">{t('programme.headcountLabel', { count, capacity })}</span>
      {full && <span className="tag tag--full">{t('programme.full')}</span>}
    </span>
  );
}

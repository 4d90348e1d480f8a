import { topicInCell, type SessionState } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon.tsx';
import { groupInfo } from '../agenda/groups.ts';
import { Headcount } from '../agenda/Headcount.tsx';
import { TopicTitle } from '../topics/TopicTitle.tsx';

/** The topic meeting in one space during one slot, with its live headcount. */
export function AgendaCell({ state, slotId, spaceId }: { state: SessionState; slotId: string; spaceId: string }) {
  const { t } = useTranslation();
  const topicId = topicInCell(state, slotId, spaceId);
  const group = topicId ? groupInfo(state, slotId, topicId) : undefined;
  if (!group) return <span className="agenda-cell agenda-cell--empty">{t('projectorAgenda.noTopic')}</span>;
  return (
    <div className="agenda-cell" data-topic-id={group.topic.id}>
      <p className="agenda-cell__title">
        <Icon name={group.theme?.icon ?? 'noTheme'} size={28} />
        <span className="agenda-cell__titles">
          <TopicTitle topic={group.topic} />
        </span>
      </p>
      <span className="sr-only">{group.theme?.name ?? t('themes.none')}</span>
      <Headcount slotId={slotId} topicId={group.topic.id} count={group.count} capacity={group.capacity} full={group.full} />
    </div>
  );
}

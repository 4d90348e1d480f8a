import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ThemeLabel } from '../../components/ThemeLabel.tsx';
import { Conveners } from '../agenda/Conveners.tsx';
import { Headcount } from '../agenda/Headcount.tsx';
import { SpaceDetails } from '../agenda/SpaceDetails.tsx';
import { TopicListen } from '../topics/TopicListen.tsx';
import { TopicTitle } from '../topics/TopicTitle.tsx';
import type { ProgrammeGroup } from './programme.ts';

/** One group of a slot on a phone: topic, theme, room, language, interpreter, conveners, headcount. */
export function GroupCard({ group, children }: { group: ProgrammeGroup; children?: ReactNode }) {
  const { t } = useTranslation();
  const { slotId, topic } = group;
  const titleId = `group-title-${slotId}-${topic.id}`;
  return (
    <article
      className={group.mine ? 'group-card group-card--mine' : 'group-card'}
      aria-labelledby={titleId}
      data-testid={`group-${slotId}-${topic.id}`}
      data-mine={group.mine}
    >
      <TopicTitle topic={topic} as="p" id={titleId} className="group-card__title" />
      <TopicListen topic={topic} />
      <p className="group-card__tags">
        <ThemeLabel theme={group.theme} size={20} />
        {group.mine && (
          <span className="tag tag--mine" data-testid={`your-topic-${slotId}-${topic.id}`}>
            {t('programme.yourTopic')}
          </span>
        )}
      </p>
      <SpaceDetails space={group.space} />
      <Conveners names={group.conveners} testId={`conveners-${slotId}-${topic.id}`} />
      <Headcount slotId={slotId} topicId={topic.id} count={group.count} capacity={group.capacity} full={group.full} />
      {children}
    </article>
  );
}

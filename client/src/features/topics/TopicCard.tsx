import type { Theme, Topic } from '@forum-ouvert/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Tally } from '../../components/Tally.tsx';
import { ThemeLabel } from '../../components/ThemeLabel.tsx';
import { Wordings } from './Wordings.tsx';

interface Props {
  topic: Topic;
  theme: Theme | undefined;
  /** Proposed by the person looking at it. */
  mine?: boolean;
  /** Dots on the topic, or null while this reader may not see tallies. */
  tally: number | null;
  /** Names of whoever proposed it, when the reader may see them (facilitator). */
  proposers?: string[];
  /** Pseudonym of a participant, to say who wrote each merged wording. */
  nameOf?: (participantId: string) => string;
  children?: ReactNode;
}

export function TopicCard({ topic, theme, mine = false, tally, proposers, nameOf, children }: Props) {
  const { t, i18n } = useTranslation();
  const names = proposers && new Intl.ListFormat(i18n.resolvedLanguage, { type: 'conjunction' }).format(proposers);
  return (
    <article className={mine ? 'card topic-card topic-card--mine' : 'card topic-card'} data-testid={`topic-${topic.id}`} aria-labelledby={`topic-title-${topic.id}`}>
      <header className="topic-card__head">
        <h3 id={`topic-title-${topic.id}`} className="topic-card__title">
          {topic.title}
        </h3>
        <ThemeLabel theme={theme} size={20} />
        {mine && <span className="tag tag--mine">{t('topic.mine')}</span>}
        {topic.enteredByFacilitator && <span className="tag">{t('topic.enteredByFacilitator')}</span>}
      </header>
      {topic.description && <p className="topic-card__description">{topic.description}</p>}
      {proposers && proposers.length > 0 && (
        <p className="hint" data-testid={`proposers-${topic.id}`}>
          {t('topic.proposedBy', { names, count: proposers.length })}
        </p>
      )}
      <Wordings topic={topic} {...(nameOf ? { nameOf } : {})} />
      {tally !== null && <Tally targetId={topic.id} count={tally} />}
      {children}
    </article>
  );
}

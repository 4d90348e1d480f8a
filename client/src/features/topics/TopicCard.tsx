import type { Theme, Topic } from '@forum-ouvert/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Tally } from '../../components/Tally.tsx';
import { ThemeLabel } from '../../components/ThemeLabel.tsx';
import { isolate } from '../../i18n/bidi.ts';
import { intlLocale } from '../../i18n/format.ts';
import { TopicListen } from './TopicListen.tsx';
import { TopicTitle } from './TopicTitle.tsx';
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
  const names = proposers && new Intl.ListFormat(intlLocale(i18n.language), { type: 'conjunction' }).format(proposers.map(isolate));
  return (
    <article className={mine ? 'card topic-card topic-card--mine' : 'card topic-card'} data-testid={`topic-${topic.id}`} aria-labelledby={`topic-title-${topic.id}`}>
      <header className="topic-card__head">
        <TopicTitle topic={topic} as="h3" id={`topic-title-${topic.id}`} className="topic-card__title" />
        <ThemeLabel theme={theme} size={20} />
        {mine && <span className="tag tag--mine">{t('topic.mine')}</span>}
        {topic.enteredByFacilitator && <span className="tag">{t('topic.enteredByFacilitator')}</span>}
      </header>
      {topic.description && (
        <p className="topic-card__description" lang={topic.language ?? undefined} dir="auto">
          {topic.description}
        </p>
      )}
      <TopicListen topic={topic} />
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

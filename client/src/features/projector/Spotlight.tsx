import type { SessionState, Topic } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { Countdown } from '../../components/Countdown.tsx';
import { ThemeLabel } from '../../components/ThemeLabel.tsx';
import { isolate } from '../../i18n/bidi.ts';
import { slotTimes } from '../../i18n/format.ts';
import { Conveners } from '../agenda/Conveners.tsx';
import { convenerNames } from '../agenda/groups.ts';
import { TopicTitle } from '../topics/TopicTitle.tsx';

/** Pitch mode: one topic, full screen, while its convener presents it. */
export function Spotlight({ state, topic }: { state: SessionState; topic: Topic }) {
  const { t, i18n } = useTranslation();
  const cell = state.agenda.placements[topic.id];
  const slot = cell && state.slots[cell.slotId];
  const space = cell && state.spaces[cell.spaceId];
  const { timer } = state.breakouts;
  return (
    <section className="spotlight" aria-labelledby="spotlight-title" data-testid="spotlight" data-topic-id={topic.id}>
      <p className="spotlight__eyebrow">{t('spotlight.label')}</p>
      <p className="spotlight__theme">
        <ThemeLabel theme={state.themes.find((th) => th.id === topic.themeId)} size={96} />
      </p>
      <TopicTitle topic={topic} as="h2" id="spotlight-title" className="spotlight__title" />
      {topic.description && (
        <p className="spotlight__description" lang={topic.language ?? undefined} dir="auto">
          {topic.description}
        </p>
      )}
      <Conveners names={convenerNames(state, topic)} testId="spotlight-conveners" kind="spotlight" />
      {slot && space && (
        <p className="spotlight__where" data-testid="spotlight-where">
          {t('spotlight.where', { ...slotTimes(i18n.language, slot), space: isolate(space.name) })}
        </p>
      )}
      {timer && <Countdown endsAt={timer.endsAt} size="large" />}
    </section>
  );
}

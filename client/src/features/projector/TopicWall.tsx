import { phaseAllows, tallyOf, topicsByTheme, type SessionState } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { Tally } from '../../components/Tally.tsx';
import { ThemeLabel } from '../../components/ThemeLabel.tsx';
import { TopicTitle } from '../topics/TopicTitle.tsx';

/** Topics grouped by theme; vote bars only once this screen may see tallies (`state.tallies`). */
export function TopicWall({ state }: { state: SessionState }) {
  const { t } = useTranslation();
  const groups = topicsByTheme(state);
  const counts = Object.values(state.tallies ?? {});
  const max = Math.max(1, ...counts);
  // Bars only once this screen may see tallies, and not as rows of zeros before the vote.
  const showTallies = state.tallies !== null && (phaseAllows(state.phase, 'vote') || counts.some((n) => n > 0));
  if (groups.length === 0) return <p className="wall__empty">{t('projector.noTopics')}</p>;
  return (
    <div className="wall" data-testid="topic-wall" data-tallies={showTallies ? 'visible' : 'hidden'}>
      {groups.map(({ themeId, topics }) => (
        <section key={themeId ?? 'none'} className="wall__theme" aria-labelledby={`wall-${themeId ?? 'none'}`}>
          <h2 id={`wall-${themeId ?? 'none'}`}>
            <ThemeLabel theme={state.themes.find((th) => th.id === themeId)} size={36} />
          </h2>
          <ul className="wall__topics">
            {topics.map((topic) => {
              const tally = tallyOf(state, topic.id);
              return (
                <li key={topic.id} className="wall__topic" data-testid={`topic-${topic.id}`}>
                  <TopicTitle topic={topic} as="p" className="wall__title" />
                  {showTallies && tally !== null && <Tally targetId={topic.id} count={tally} max={max} />}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}

import type { RankedProposal, SessionState } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { Tally } from '../../components/Tally.tsx';
import { isolate } from '../../i18n/bidi.ts';
import './convergence.css';

interface Props {
  state: SessionState;
  ranked: RankedProposal[];
  /** Counts and bars; off while this reader may not see them (the list keeps the order it was given). */
  showCounts: boolean;
  testId?: string;
}

/** Proposals most voted first, each with its count and a bar relative to the leader. */
export function RankedProposals({ state, ranked, showCounts, testId = 'ranked-proposals' }: Props) {
  const { t } = useTranslation();
  if (ranked.length === 0) return <p className="hint">{t('convergence.results.empty')}</p>;
  const max = Math.max(1, ...ranked.map((r) => r.dots));
  return (
    <ol className="ranked-proposals" data-testid={testId} data-counts={showCounts ? 'visible' : 'hidden'}>
      {ranked.map(({ proposal, dots }) => {
        const topic = state.topics[proposal.topicId];
        return (
          <li key={proposal.id} className="ranked-proposals__item" data-testid={`ranked-${proposal.id}`}>
            <p className="ranked-proposals__text" dir="auto">{proposal.text}</p>
            {topic && <p className="hint">{t('convergence.vote.fromGroup', { topic: isolate(topic.title) })}</p>}
            {showCounts && <Tally targetId={proposal.id} count={dots} max={max} />}
          </li>
        );
      })}
    </ol>
  );
}

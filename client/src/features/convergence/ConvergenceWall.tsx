import { rankedProposals, type SessionState } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { RankedProposals } from './RankedProposals.tsx';

/**
 * The projector in the closing phase: the proposals, ranked with bars once this screen may see the
 * counts; until then, in the order they were listed, without a number.
 */
export function ConvergenceWall({ state }: { state: SessionState }) {
  const { t } = useTranslation();
  const visible = state.convergence.tallies !== null;
  return (
    <section className="stack convergence-wall" aria-labelledby="convergence-wall-heading" data-testid="convergence-wall">
      <h2 id="convergence-wall-heading">{t(visible ? 'convergence.results.heading' : 'convergence.vote.heading')}</h2>
      {!visible && <p className="hint">{t('convergence.results.hidden')}</p>}
      <RankedProposals state={state} ranked={rankedProposals(state)} showCounts={visible} testId="convergence-wall-list" />
    </section>
  );
}

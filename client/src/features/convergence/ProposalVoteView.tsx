import { proposalsInOrder, rankedProposals, type SessionState } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { BallotDots } from '../topics/BallotDots.tsx';
import { DotBudget } from '../topics/DotBudget.tsx';
import { ProposalCard } from './ProposalCard.tsx';
import { RankedProposals } from './RankedProposals.tsx';

/**
 * The convergence vote on a phone: while it is open, my dots left and +/− on every proposal, as in
 * the topic vote; once it is closed, the ranking (when this phone may see the counts).
 */
export function ProposalVoteView({ state, me }: { state: SessionState; me: string }) {
  const { t } = useTranslation();
  const { convergence } = state;
  const talliesShown = convergence.tallies !== null;
  return (
    <section className="stack" aria-labelledby="convergence-heading" data-testid="proposal-vote" data-status={convergence.status}>
      <h2 id="convergence-heading">{t('convergence.vote.heading')}</h2>
      {convergence.status === 'open' ? (
        <>
          <p>{t('convergence.vote.intro')}</p>
          <DotBudget state={state} kind="proposals" me={me} talliesShown={talliesShown} />
          <ul className="topic-list">
            {proposalsInOrder(state).map((proposal) => (
              <li key={proposal.id}>
                <ProposalCard
                  proposal={proposal}
                  topicTitle={state.topics[proposal.topicId]?.title}
                  tally={talliesShown ? (convergence.tallies?.[proposal.id] ?? 0) : null}
                >
                  <BallotDots state={state} kind="proposals" targetId={proposal.id} targetLabel={proposal.text} participantId={me} />
                </ProposalCard>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <p role="status">{t('convergence.vote.closed')}</p>
          {talliesShown ? (
            <RankedProposals state={state} ranked={rankedProposals(state)} showCounts />
          ) : (
            <p className="hint">{t('convergence.results.hidden')}</p>
          )}
        </>
      )}
    </section>
  );
}

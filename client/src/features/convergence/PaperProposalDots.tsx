import { ballotRemaining, proposalBallot, proposalsInOrder, type Participant, type SessionState } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { BallotDots } from '../topics/BallotDots.tsx';

/** The facilitator places the dots of someone without a phone (chosen in the paper participants' panel). */
export function PaperProposalDots({ state, person }: { state: SessionState; person: Participant }) {
  const { t } = useTranslation();
  return (
    <section className="stack stack--tight" aria-labelledby="paper-proposal-dots" data-testid="paper-proposal-dots">
      <h3 id="paper-proposal-dots">{t('convergence.panel.paperHeading', { name: person.pseudonym })}</h3>
      <p role="status">{t('convergence.panel.paperDotsLeft', { name: person.pseudonym, count: ballotRemaining(proposalBallot(state), person.id) })}</p>
      <ul className="stack stack--tight">
        {proposalsInOrder(state).map((proposal) => (
          <li key={proposal.id} className="stack stack--tight">
            <p dir="auto">{proposal.text}</p>
            <BallotDots state={state} kind="proposals" targetId={proposal.id} targetLabel={proposal.text} participantId={person.id} onBehalf />
          </li>
        ))}
      </ul>
    </section>
  );
}

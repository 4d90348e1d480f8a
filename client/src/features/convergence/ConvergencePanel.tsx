import { rankedProposals, type GroupNotes, type SessionState } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/store.ts';
import { ConvergenceControls } from './ConvergenceControls.tsx';
import { PaperProposalDots } from './PaperProposalDots.tsx';
import { ProposalsEditor } from './ProposalsEditor.tsx';
import { RankedProposals } from './RankedProposals.tsx';

interface Props {
  state: SessionState;
  /** Every group's notes as text, to pre-fill the list; empty until this screen can read them. */
  notes?: readonly GroupNotes[];
}

const NO_NOTES: readonly GroupNotes[] = [];

/**
 * The facilitator's convergence vote: gather and reword the groups' proposals, open the vote, follow
 * the ranking live, reveal it (hidden mode) and close it. A console section's body: the section's
 * heading (`convergence.panel.heading`) names it.
 */
export function ConvergencePanel({ state, notes = NO_NOTES }: Props) {
  const { t } = useTranslation();
  const actingFor = useAppStore((s) => s.ui.actingFor);
  const { convergence } = state;
  const voted = Object.keys(convergence.dots).length > 0;
  const person = actingFor ? state.participants[actingFor] : undefined;
  return (
    <div className="stack convergence-panel" data-testid="convergence-panel" data-status={convergence.status}>
      <p role="status" data-testid="convergence-status">
        {t(`convergence.panel.status.${convergence.status}`)}
      </p>
      {state.phase !== 'closing' && convergence.status !== 'open' && <p className="hint">{t('convergence.panel.wrongPhase')}</p>}
      {convergence.status !== 'open' && !voted && <ProposalsEditor key={convergence.status} state={state} notes={notes} />}
      {convergence.status === 'closed' && voted && <p className="hint">{t('convergence.panel.locked')}</p>}
      <ConvergenceControls state={state} />
      {convergence.status !== 'draft' && (
        <section className="stack stack--tight" aria-labelledby="convergence-ranking">
          <h3 id="convergence-ranking">{t('convergence.results.heading')}</h3>
          <RankedProposals state={state} ranked={rankedProposals(state)} showCounts={convergence.tallies !== null} />
        </section>
      )}
      {convergence.status === 'open' && person?.paper && <PaperProposalDots state={state} person={person} />}
    </div>
  );
}

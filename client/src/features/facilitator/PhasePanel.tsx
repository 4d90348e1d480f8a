import type { PhaseId } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../hooks/useCommand.ts';
import { PhaseStepper } from './PhaseStepper.tsx';

export function PhasePanel({ phase }: { phase: PhaseId }) {
  const { t } = useTranslation();
  const { run, pending, error } = useCommand();
  return (
    <section className="card stack" aria-labelledby="phase-heading">
      <h2 id="phase-heading">{t('facilitator.phaseHeading')}</h2>
      <PhaseStepper phase={phase} pending={pending} onChange={(next) => void run({ type: 'setPhase', phase: next })} />
      <ErrorMessage code={error} />
    </section>
  );
}

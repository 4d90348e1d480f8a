import { PHASES, phaseIndex, type PhaseId } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon.tsx';

interface Props {
  phase: PhaseId;
  pending: boolean;
  onChange: (phase: PhaseId) => void;
}

/** One step per entry of PHASES, in order; any step can be chosen again, backwards too. */
export function PhaseStepper({ phase, pending, onChange }: Props) {
  const { t } = useTranslation();
  const current = phaseIndex(phase);
  return (
    <ol className="stepper" data-testid="phase-stepper">
      {PHASES.map((p, index) => {
        const state = index < current ? 'done' : index === current ? 'current' : 'next';
        return (
          <li key={p.id} className={`stepper__step stepper__step--${state}`}>
            <button
              type="button"
              className="stepper__button"
              aria-current={index === current ? 'step' : undefined}
              aria-describedby={`phase-hint-${p.id}`}
              disabled={pending || index === current}
              onClick={() => onChange(p.id)}
              data-testid={`phase-step-${p.id}`}
            >
              <Icon name={p.icon} size={32} />
              <span className="stepper__name">{t(`phases.${p.id}.name`)}</span>
            </button>
            <span id={`phase-hint-${p.id}`} className="hint">
              {index === current ? t('phases.current') : t(`phases.${p.id}.facilitatorHint`)}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

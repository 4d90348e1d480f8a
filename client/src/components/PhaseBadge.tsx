import type { PhaseId } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon.tsx';

export function PhaseBadge({ phase, size = 'normal' }: { phase: PhaseId; size?: 'normal' | 'large' }) {
  const { t } = useTranslation();
  return (
    <p className={`phase-badge phase-badge--${size}`} data-testid="current-phase" data-phase={phase}>
      <Icon name={phase} size={size === 'large' ? 48 : 28} />
      <span>
        <span className="sr-only">{t('phases.currentLabel')} </span>
        {t(`phases.${phase}.name`)}
      </span>
    </p>
  );
}

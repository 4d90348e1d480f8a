import type { PhaseId } from '@forum-ouvert/shared';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon.tsx';

/** Pictogram sizes: beside the phone's main heading, and on the projector read from afar. */
const ICON_SIZE = { normal: 28, heading: 40, large: 48 } as const;

interface Props {
  phase: PhaseId;
  size?: keyof typeof ICON_SIZE;
  /**
   * Given, the badge is the page's main heading (the phone's `h1`), focusable by script so that
   * focus can be moved to it when the phase changes.
   */
  headingRef?: Ref<HTMLHeadingElement>;
}

/** The current phase: its pictogram beside its name, never the pictogram alone. */
export function PhaseBadge({ phase, size = 'normal', headingRef }: Props) {
  const { t } = useTranslation();
  const className = `phase-badge phase-badge--${size}`;
  const content = (
    <>
      <Icon name={phase} size={ICON_SIZE[size]} />
      <span>
        <span className="sr-only">{t('phases.currentLabel')} </span>
        {t(`phases.${phase}.name`)}
      </span>
    </>
  );
  if (headingRef) {
    return (
      <h1 ref={headingRef} tabIndex={-1} className={className} data-testid="current-phase" data-phase={phase}>
        {content}
      </h1>
    );
  }
  return (
    <p className={className} data-testid="current-phase" data-phase={phase}>
      {content}
    </p>
  );
}

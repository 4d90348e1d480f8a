import type { SessionState } from '@forum-ouvert/shared';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { PhaseBadge } from '../../components/PhaseBadge.tsx';
import { useFocusOnPhaseChange } from './phaseChange.ts';

/**
 * The top of the phone: the workshop, who I am, then the phase as the page's main heading
 * (pictogram and name) with what to do in it. The phase is the `h1` because it is what changes
 * and what a participant needs to know first; focus moves to it when it changes.
 */
export function ParticipantHeader({ state, me }: { state: SessionState; me: string }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnPhaseChange(state.phase, heading);
  return (
    <header className="stack stack--tight">
      <p className="session-name" data-testid="session-title" dir="auto">
        {state.title}
      </p>
      {state.question && (
        <p className="question" dir="auto">
          {state.question}
        </p>
      )}
      <p data-testid="my-pseudonym-line">
        {t('participant.youAre')}{' '}
        <strong data-testid="my-pseudonym" dir="auto">
          {state.participants[me]?.pseudonym ?? ''}
        </strong>
      </p>
      <PhaseBadge phase={state.phase} size="heading" headingRef={heading} />
      <p className="phase-hint" data-testid="phase-hint">
        {t(`phases.${state.phase}.participantHint`)}
      </p>
    </header>
  );
}

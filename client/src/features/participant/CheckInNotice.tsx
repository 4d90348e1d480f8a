import { assertNever } from '@forum-ouvert/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isolate } from '../../i18n/bidi.ts';
import { useCheckIn, type CheckInOutcome } from './useCheckIn.ts';

function useOutcomeText(outcome: CheckInOutcome): string {
  const { t } = useTranslation();
  switch (outcome.status) {
    case 'pending':
      return t('checkIn.pending');
    case 'ok':
    case 'already':
      if (outcome.title === null || outcome.space === null) return t('checkIn.doneGeneric');
      return t(outcome.status === 'ok' ? 'checkIn.done' : 'checkIn.already', { title: isolate(outcome.title), space: isolate(outcome.space) });
    case 'refused':
      return outcome.reason === 'FULL' || outcome.reason === 'WRONG_PHASE' || outcome.reason === 'NOT_FOUND'
        ? t(`checkIn.refused.${outcome.reason}`)
        : t(`errors.${outcome.reason}`);
    default:
      return assertNever(outcome);
  }
}

/** The result of scanning a space's door QR code, in words, until dismissed. Polite: it follows a tap-free action. */
export function CheckInNotice({ me, ready }: { me: string; ready: boolean }) {
  const outcome = useCheckIn(me, ready);
  const [dismissed, setDismissed] = useState(false);
  if (!outcome || dismissed) return null;
  return <CheckInBanner outcome={outcome} onDismiss={() => setDismissed(true)} />;
}

function CheckInBanner({ outcome, onDismiss }: { outcome: CheckInOutcome; onDismiss: () => void }) {
  const { t } = useTranslation();
  const text = useOutcomeText(outcome);
  const tone = outcome.status === 'refused' ? 'warn' : outcome.status === 'pending' ? 'info' : 'ok';
  const code = outcome.status === 'refused' ? outcome.reason : outcome.status;
  return (
    <div className={`banner banner--${tone} check-in`} data-testid="check-in" data-outcome={code}>
      <p role="status" aria-live="polite" data-testid="check-in-result">
        {text}
      </p>
      {outcome.status !== 'pending' && (
        <button type="button" className="button" onClick={onDismiss} data-testid="check-in-dismiss">
          {t('checkIn.dismiss')}
        </button>
      )}
    </div>
  );
}

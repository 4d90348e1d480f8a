import type { SessionState } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../hooks/useCommand.ts';

/** Closing the vote (asked twice: it cannot be undone) and, in hidden mode, revealing its counts. */
export function ConvergenceControls({ state }: { state: SessionState }) {
  const { t } = useTranslation();
  const close = useCommand();
  const reveal = useCommand();
  const { status, revealed } = state.convergence;
  return (
    <div className="stack stack--tight">
      {status === 'open' && (
        <ConfirmButton
          label={t('convergence.panel.close')}
          confirmLabel={t('convergence.panel.confirmClose')}
          context={t('convergence.panel.heading')}
          testId="convergence-close"
          disabled={close.pending}
          onConfirm={() => void close.run({ type: 'closeConvergence' })}
        />
      )}
      <ErrorMessage code={close.error} />
      {state.settings.tallyMode === 'hidden' && (
        <>
          <p role="status" data-testid="convergence-tallies-state" data-revealed={revealed}>
            {t(revealed ? 'convergence.panel.revealedState' : 'convergence.panel.hiddenState')}
          </p>
          <button
            type="button"
            className="button button--primary"
            disabled={reveal.pending}
            onClick={() => void reveal.run({ type: 'revealConvergence', revealed: !revealed })}
            data-testid="convergence-reveal"
          >
            {t(revealed ? 'convergence.panel.hide' : 'convergence.panel.reveal')}
          </button>
          <ErrorMessage code={reveal.error} />
        </>
      )}
    </div>
  );
}

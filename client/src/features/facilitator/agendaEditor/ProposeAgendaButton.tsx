import { useTranslation } from 'react-i18next';
import { useCommand } from '../../../hooks/useCommand.ts';
import { Refusal } from '../Refusal.tsx';

/** Runs the scheduler on the vote; locked cells stay where they are, everything else is placed again. */
export function ProposeAgendaButton({ ready, hasLocked }: { ready: boolean; hasLocked: boolean }) {
  const { t } = useTranslation();
  const { run, pending, error } = useCommand();
  return (
    <div className="stack stack--tight">
      <button
        type="button"
        className="button button--primary"
        disabled={pending || !ready}
        aria-describedby="propose-agenda-hint"
        onClick={() => void run({ type: 'proposeAgenda' })}
        data-testid="propose-agenda"
      >
        {t('agendaEditor.propose')}
      </button>
      <p id="propose-agenda-hint" className="hint">
        {t(!ready ? 'agendaEditor.needSpacesAndSlots' : hasLocked ? 'agendaEditor.proposeKeepsLocked' : 'agendaEditor.proposeHint')}
      </p>
      <Refusal code={error} conflict={t('agendaEditor.needSpacesAndSlots')} />
    </div>
  );
}

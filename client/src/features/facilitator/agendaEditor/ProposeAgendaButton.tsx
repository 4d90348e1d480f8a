import { useTranslation } from 'react-i18next';
import { CommandButton } from '../CommandButton.tsx';

/** Runs the scheduler on the vote; locked cells stay where they are, everything else is placed again. */
export function ProposeAgendaButton({ ready, hasLocked }: { ready: boolean; hasLocked: boolean }) {
  const { t } = useTranslation();
  return (
    <CommandButton
      command={{ type: 'proposeAgenda' }}
      label={t('agendaEditor.propose')}
      hint={t(!ready ? 'agendaEditor.needSpacesAndSlots' : hasLocked ? 'agendaEditor.proposeKeepsLocked' : 'agendaEditor.proposeHint')}
      testId="propose-agenda"
      disabled={!ready}
      conflict={t('agendaEditor.needSpacesAndSlots')}
    />
  );
}

import { useTranslation } from 'react-i18next';

/** How the app builds the programme and the groups, in plain words, for the facilitator to explain. */
export function HowItIsMade() {
  const { t } = useTranslation();
  return (
    <details className="how-it-is-made" data-testid="agenda-explanation">
      <summary>{t('agendaEditor.howTitle')}</summary>
      <div className="stack stack--tight">
        <h4>{t('agendaEditor.howScheduleTitle')}</h4>
        <p>{t('agendaEditor.howSchedule')}</p>
        <h4>{t('agendaEditor.howAssignTitle')}</h4>
        <p>{t('agendaEditor.howAssign')}</p>
      </div>
    </details>
  );
}

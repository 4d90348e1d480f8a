import { useTranslation } from 'react-i18next';
import { useCommand } from '../../../hooks/useCommand.ts';
import { Refusal } from '../Refusal.tsx';

/** Seats everyone in every slot (min-cost flow over their dots); hand moves made before are replaced. */
export function AssignGroupsButton({ scheduled }: { scheduled: boolean }) {
  const { t } = useTranslation();
  const { run, pending, error } = useCommand();
  return (
    <div className="stack stack--tight">
      <button
        type="button"
        className="button button--primary"
        disabled={pending || !scheduled}
        aria-describedby="assign-groups-hint"
        onClick={() => void run({ type: 'assignGroups' })}
        data-testid="assign-groups"
      >
        {t('groupsPanel.assign')}
      </button>
      <p id="assign-groups-hint" className="hint">
        {t(scheduled ? 'groupsPanel.assignHint' : 'groupsPanel.assignNeedsAgenda')}
      </p>
      <Refusal code={error} conflict={t('groupsPanel.assignConflict')} />
    </div>
  );
}

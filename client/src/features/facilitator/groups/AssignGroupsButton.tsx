import { useTranslation } from 'react-i18next';
import { CommandButton } from '../CommandButton.tsx';

/** Seats everyone in every slot (min-cost flow over their dots); hand moves made before are replaced. */
export function AssignGroupsButton({ scheduled }: { scheduled: boolean }) {
  const { t } = useTranslation();
  return (
    <CommandButton
      command={{ type: 'assignGroups' }}
      label={t('groupsPanel.assign')}
      hint={t(scheduled ? 'groupsPanel.assignHint' : 'groupsPanel.assignNeedsAgenda')}
      testId="assign-groups"
      disabled={!scheduled}
      conflict={t('groupsPanel.assignConflict')}
    />
  );
}

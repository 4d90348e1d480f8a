import { assignmentQualityOf, orderedSlots, type SessionState } from '@forum-ouvert/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AssignGroupsButton } from './AssignGroupsButton.tsx';
import { GroupModeControl } from './GroupModeControl.tsx';
import { MoveParticipantForm } from './MoveParticipantForm.tsx';
import { QualityFigures } from './QualityFigures.tsx';
import { SlotHeadcounts } from './SlotHeadcounts.tsx';

/** Groups: how they form, the assignment and how good it is, live headcounts, hand moves. */
export function GroupsPanel({ state }: { state: SessionState }) {
  const { t } = useTranslation();
  const quality = useMemo(() => assignmentQualityOf(state), [state]);
  const slots = orderedSlots(state);
  const scheduled = Object.keys(state.agenda.placements).length > 0;
  return (
    <div className="stack" data-testid="groups-panel">
      <GroupModeControl mode={state.breakouts.mode} />
      {state.breakouts.mode === 'assigned' && <AssignGroupsButton scheduled={scheduled} />}
      <QualityFigures quality={quality} />
      <section className="stack" aria-labelledby="headcounts-heading">
        <h3 id="headcounts-heading">{t('groupsPanel.headcountsHeading')}</h3>
        {slots.length === 0 && <p className="hint">{t('groupsPanel.noSlots')}</p>}
        <div className="slot-headcounts__grid">
          {slots.map((slot) => (
            <SlotHeadcounts key={slot.id} state={state} slot={slot} />
          ))}
        </div>
      </section>
      <MoveParticipantForm state={state} />
    </div>
  );
}

import { assertNever, type SessionState } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { ConvergencePanel } from '../../convergence/ConvergencePanel.tsx';
import { PublishNotesControl } from '../../notes/PublishNotesControl.tsx';
import { AgendaEditor } from '../agendaEditor/AgendaEditor.tsx';
import { GroupsPanel } from '../groups/GroupsPanel.tsx';
import { SlotsEditor } from '../spaces/SlotsEditor.tsx';
import { SpacesEditor } from '../spaces/SpacesEditor.tsx';
import { SpotlightControl } from '../spotlight/SpotlightControl.tsx';
import { TimerControl } from '../timer/TimerControl.tsx';
import { ConsoleSection } from './ConsoleSection.tsx';
import { sectionsForPhase, type SectionId } from './sectionsForPhase.ts';

function SectionBody({ id, state }: { id: SectionId; state: SessionState }) {
  switch (id) {
    case 'spaces':
      return (
        <div className="planning-setup">
          <SpacesEditor state={state} />
          <SlotsEditor state={state} />
        </div>
      );
    case 'agenda':
      return <AgendaEditor state={state} />;
    case 'groups':
      return <GroupsPanel state={state} />;
    case 'timer':
      return <TimerControl state={state} />;
    case 'spotlight':
      return <SpotlightControl state={state} />;
    case 'notes':
      return <PublishNotesControl state={state} />;
    case 'convergence':
      return <ConvergencePanel state={state} />;
    default:
      return assertNever(id);
  }
}

/** Rooms, slots, programme, groups, timer and spotlight: the sections the current phase calls for. */
export function PlanningSections({ state }: { state: SessionState }) {
  const { t } = useTranslation();
  const titles: Record<SectionId, string> = {
    spaces: t('spacesEditor.sectionHeading'),
    agenda: t('agendaEditor.heading'),
    groups: t('groupsPanel.heading'),
    timer: t('timerControl.heading'),
    spotlight: t('spotlightControl.heading'),
    notes: t('notes.publish.heading'),
    convergence: t('convergence.panel.heading'),
  };
  return (
    <div className="stack" data-testid="planning-sections" data-phase={state.phase}>
      {sectionsForPhase(state.phase).map((section) => (
        <ConsoleSection key={section.id} id={section.id} title={titles[section.id]} phase={state.phase} defaultOpen={section.open}>
          <SectionBody id={section.id} state={state} />
        </ConsoleSection>
      ))}
    </div>
  );
}

import { assertNever, type SessionState } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { ConvergencePanel } from '../../convergence/ConvergencePanel.tsx';
import { useNotesText } from '../../convergence/useNotesText.ts';
import { PublishNotesControl } from '../../notes/PublishNotesControl.tsx';
import { AgendaEditor } from '../agendaEditor/AgendaEditor.tsx';
import { GroupsPanel } from '../groups/GroupsPanel.tsx';
import { SlotsEditor } from '../spaces/SlotsEditor.tsx';
import { SpacesEditor } from '../spaces/SpacesEditor.tsx';
import { SpotlightControl } from '../spotlight/SpotlightControl.tsx';
import { TimerControl } from '../timer/TimerControl.tsx';
import { ConsoleSection } from './ConsoleSection.tsx';
import { sectionsForPhase, type SectionId } from './sectionsForPhase.ts';

function SectionBody({ id, state, keys }: { id: SectionId; state: SessionState; keys: FacilitatorKeys }) {
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
      return <ConvergenceWithNotes state={state} keys={keys} />;
    default:
      return assertNever(id);
  }
}

/** Rooms, slots, programme, groups, timer and spotlight: the sections the current phase calls for. */
/** The facilitator's credentials, for the sections that read over HTTP. */
export interface FacilitatorKeys {
  sessionId: string;
  facilitatorKey: string;
}

function ConvergenceWithNotes({ state, keys }: { state: SessionState; keys: FacilitatorKeys }) {
  const { notes } = useNotesText(keys.sessionId, keys.facilitatorKey);
  return <ConvergencePanel state={state} notes={notes} />;
}

export function PlanningSections({ state, keys }: { state: SessionState; keys: FacilitatorKeys }) {
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
          <SectionBody id={section.id} state={state} keys={keys} />
        </ConsoleSection>
      ))}
    </div>
  );
}

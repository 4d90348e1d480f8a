import type { SessionState } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { Refusal } from '../Refusal.tsx';
import { AgendaGridEditor } from './AgendaGridEditor.tsx';
import { ConflictFigure } from './ConflictFigure.tsx';
import { HowItIsMade } from './HowItIsMade.tsx';
import { NotScheduledList } from './NotScheduledList.tsx';
import { ProposeAgendaButton } from './ProposeAgendaButton.tsx';
import { PublishControl } from './PublishControl.tsx';
import { useAgendaEditor } from './useAgendaEditor.ts';

/** Propose a programme from the vote, adjust it by hand (drag, or "Move to…"), lock cells, publish. */
export function AgendaEditor({ state }: { state: SessionState }) {
  const { t } = useTranslation();
  const { model, move, lock, pending, error } = useAgendaEditor(state);
  const ready = model.rows.length > 0 && model.spaces.length > 0;
  return (
    <div className="stack" data-testid="agenda-editor">
      <div className="agenda-editor__toolbar">
        <ProposeAgendaButton ready={ready} hasLocked={state.agenda.locked.length > 0} />
        <ConflictFigure conflicts={model.conflicts} />
        <PublishControl published={model.published} />
      </div>
      <HowItIsMade />
      <p className="hint">{t('agendaEditor.editHint')}</p>
      <Refusal code={error} conflict={t('agendaEditor.moveConflict')} />
      <AgendaGridEditor model={model} pending={pending} onMove={move} onLock={lock} />
      <NotScheduledList model={model} pending={pending} onMove={move} onLock={lock} />
    </div>
  );
}

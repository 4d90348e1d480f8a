import { orderedSlots, type SessionState } from '@forum-ouvert/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { slotTimes } from '../../i18n/format.ts';
import { SlotTimes } from '../agenda/SlotTimes.tsx';
import { groupsOfSlot, type GroupInfo } from '../agenda/groups.ts';
import { GroupNotesReader } from './GroupNotesReader.tsx';

/**
 * The newspaper on a phone: every group, slot by slot; a group's notes are fetched only when
 * someone opens it, so an old phone never holds sixty documents at once.
 */
export function NotesNewspaper({ state, onBack }: { state: SessionState; onBack: () => void }) {
  const { t, i18n } = useTranslation();
  const slots = orderedSlots(state).map((slot) => ({ slot, groups: groupsOfSlot(state, slot.id) })).filter((s) => s.groups.length > 0);
  return (
    <section className="notes-newspaper stack" aria-labelledby="newspaper-heading" data-testid="notes-newspaper">
      <button type="button" className="button notes-panel__back" onClick={onBack} data-testid="notes-back">
        {t('notes.back')}
      </button>
      <h2 id="newspaper-heading">{t('notes.newspaper.heading')}</h2>
      {!state.notesPublished && <p className="hint">{t('notes.newspaper.closed')}</p>}
      {state.notesPublished && slots.length === 0 && <p className="hint">{t('notes.newspaper.empty')}</p>}
      {state.notesPublished &&
        slots.map(({ slot, groups }) => (
          <section key={slot.id} className="stack stack--tight" aria-label={t('programme.slotLabel', slotTimes(i18n.language, slot))}>
            <h3>
              <SlotTimes slot={slot} />
            </h3>
            {groups.map((group) => (
              <NewspaperGroup key={group.topic.id} group={group} />
            ))}
          </section>
        ))}
    </section>
  );
}

function NewspaperGroup({ group }: { group: GroupInfo }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="card notes-newspaper__group" onToggle={(event) => setOpen(event.currentTarget.open)} data-testid={`newspaper-group-${group.slotId}-${group.topic.id}`}>
      <summary>
        <strong dir="auto">{group.topic.title}</strong>{' '}
        <span className="hint" dir="auto">
          {group.space.name}
        </span>
      </summary>
      {open && <GroupNotesReader group={{ slotId: group.slotId, topicId: group.topic.id }} />}
    </details>
  );
}

import { orderedSlots, type SessionState } from '@forum-ouvert/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './notes.css';
import { SlotTimes } from '../agenda/SlotTimes.tsx';
import { groupsOfSlot } from '../agenda/groups.ts';
import { GroupNotesReader } from './GroupNotesReader.tsx';

/** Each group's notes stays this long on the wall before the next. */
export const PROJECTOR_NOTES_EVERY_MS = 20_000;

/** The newspaper on the projector: one group at a time, in large type, in programme order. Loaded on demand. */
export function ProjectorNotes({ state }: { state: SessionState }) {
  const { t } = useTranslation();
  const groups = orderedSlots(state).flatMap((slot) => groupsOfSlot(state, slot.id).map((group) => ({ slot, group })));
  const [turn, setTurn] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTurn((n) => n + 1), PROJECTOR_NOTES_EVERY_MS);
    return () => clearInterval(timer);
  }, []);
  const shown = groups.length > 0 ? groups[turn % groups.length] : undefined;
  return (
    <section className="projector-notes stack" aria-labelledby="projector-notes-heading" data-testid="projector-notes">
      <h2 id="projector-notes-heading">{t('notes.newspaper.heading')}</h2>
      {!shown ? (
        <p className="hint">{t('notes.newspaper.empty')}</p>
      ) : (
        <article className="stack" aria-live="off">
          <p className="projector-notes__position">
            {t('notes.projector.position', { n: (turn % groups.length) + 1, total: groups.length })} · <SlotTimes slot={shown.slot} />
          </p>
          <h3 className="projector-notes__title" dir="auto">
            {shown.group.topic.title}
          </h3>
          <GroupNotesReader key={`${shown.slot.id}-${shown.group.topic.id}`} group={{ slotId: shown.slot.id, topicId: shown.group.topic.id }} size="large" />
        </article>
      )}
    </section>
  );
}

export default ProjectorNotes;

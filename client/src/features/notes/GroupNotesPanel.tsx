import { notesAccess, type Actor, type GroupKey, type SessionState } from '@forum-ouvert/shared';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { GroupNotesHeader } from './GroupNotesHeader.tsx';
import { NotesEditor } from './NotesEditor.tsx';
import { NotesReminder } from './NotesReminder.tsx';
import { NotesStatusLine } from './NotesStatusLine.tsx';
import { useGroupNotes } from './useGroupNotes.ts';
import { useWriters } from './useWriters.ts';

interface Props {
  state: SessionState;
  group: GroupKey;
  /** The participant holding the phone; null for the facilitator. */
  me: string | null;
  onBack: () => void;
}

/** One group's notes to write together: the template's five sections, who is writing, what is saved. */
export function GroupNotesPanel({ state, group, me, onBack }: Props) {
  const { t } = useTranslation();
  const { channel, view } = useGroupNotes(group);
  const writers = useWriters(channel);
  const actor: Actor = me === null ? { role: 'facilitator' } : { role: 'participant', participantId: me };
  // The shared rule, on this reader's own view: before the server answered (offline), and when it changes.
  const ruleAccess = notesAccess(state, actor, group);
  const access = view?.access ?? (view?.problem ? 'none' : ruleAccess);
  useEffect(() => {
    if (ruleAccess !== 'none') channel?.refresh();
  }, [channel, ruleAccess]);
  const topic = state.topics[group.topicId];
  const slot = state.slots[group.slotId];
  const panel = useRef<HTMLElement>(null);
  // The "Notes" button tapped to come here is gone: start from the notes' own heading instead.
  useEffect(() => panel.current?.querySelector<HTMLElement>('h1')?.focus(), []);
  return (
    <section ref={panel} className="notes-panel stack" aria-labelledby="notes-panel-heading" data-testid="notes-panel">
      <button type="button" className="button notes-panel__back" onClick={onBack} data-testid="notes-back">
        {t('notes.back')}
      </button>
      {topic ? <GroupNotesHeader state={state} topic={topic} slot={slot} me={me} /> : <h1 id="notes-panel-heading" tabIndex={-1}>
          {t('notes.heading')}
        </h1>}
      {slot && access === 'write' && <NotesReminder slot={slot} timer={state.breakouts.timer} />}
      {view ? <NotesStatusLine view={view} /> : <p role="status">{t('common.loading')}</p>}
      {view && channel && access !== 'none' && (
        <NotesEditor
          doc={view.doc}
          readOnly={access !== 'write'}
          writers={writers}
          admit={(bytes) => channel.admit(bytes)}
          onCaret={(section) => channel.presence.writingIn(section)}
        />
      )}
    </section>
  );
}

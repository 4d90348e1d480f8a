import type { Slot } from '@forum-ouvert/shared';
import { useAppStore } from '../../store/store.ts';
import { NotesButton } from './NotesButton.tsx';
import { NotesReminder } from './NotesReminder.tsx';
import { useNotesTarget } from './notesTarget.ts';

/** On a group of "my programme" that the person sits in or convenes: the reminder near the end, and the way to the notes. */
export function GroupNotesEntry({ slot, topicId, title }: { slot: Slot; topicId: string; title: string }) {
  const timer = useAppStore((s) => s.session.state?.breakouts.timer ?? null);
  const { open } = useNotesTarget();
  const group = { slotId: slot.id, topicId };
  return (
    <div className="stack stack--tight">
      <NotesReminder slot={slot} timer={timer} />
      <NotesButton group={group} title={title} onOpen={() => open(group)} />
    </div>
  );
}

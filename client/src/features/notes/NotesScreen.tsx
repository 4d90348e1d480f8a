import type { SessionState } from '@forum-ouvert/shared';
import './notes.css';
import { GroupNotesPanel } from './GroupNotesPanel.tsx';
import { NotesNewspaper } from './NotesNewspaper.tsx';
import type { NotesTarget } from './notesTarget.ts';

/** What a phone shows in place of its phase views while `?notes=` is in the address. Loaded on demand (Yjs comes with it). */
export function NotesScreen({ state, me, target, onBack }: { state: SessionState; me: string; target: NotesTarget; onBack: () => void }) {
  return target === 'all' ? (
    <NotesNewspaper state={state} onBack={onBack} />
  ) : (
    <GroupNotesPanel state={state} group={target} me={me} onBack={onBack} />
  );
}

export default NotesScreen;

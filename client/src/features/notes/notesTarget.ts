import { isId, type GroupKey } from '@forum-ouvert/shared';
import { useCallback } from 'react';
import { useLocation, useSearch } from 'wouter';

/**
 * The notes a phone shows, in the address (`/j/CODE?notes=<slotId>.<topicId>` or `?notes=all`):
 * the page and its socket stay as they are, and the phone's back button closes the notes.
 */
export const NOTES_PARAM = 'notes';
export type NotesTarget = GroupKey | 'all';

export function parseNotesTarget(value: string | null): NotesTarget | null {
  if (value === 'all') return 'all';
  const [slotId, topicId, ...rest] = (value ?? '').split('.');
  if (rest.length > 0 || !isId(slotId) || !isId(topicId)) return null;
  return { slotId: slotId ?? '', topicId: topicId ?? '' };
}

export function formatNotesTarget(target: NotesTarget): string {
  return target === 'all' ? 'all' : `${target.slotId}.${target.topicId}`;
}

export function useNotesTarget() {
  const search = useSearch();
  const [path, navigate] = useLocation();
  const target = parseNotesTarget(new URLSearchParams(search).get(NOTES_PARAM));
  const open = useCallback(
    (next: NotesTarget) => {
      const params = new URLSearchParams(search);
      params.set(NOTES_PARAM, formatNotesTarget(next));
      navigate(`${path}?${params.toString()}`, { state: { notes: true } });
    },
    [navigate, path, search],
  );
  const close = useCallback(() => {
    // Opened from this page: going back is what the phone's own back button would do.
    if ((window.history.state as { notes?: boolean } | null)?.notes) return window.history.back();
    const params = new URLSearchParams(search);
    params.delete(NOTES_PARAM);
    const rest = params.toString();
    navigate(rest ? `${path}?${rest}` : path, { replace: true });
  }, [navigate, path, search]);
  return { target, open, close };
}

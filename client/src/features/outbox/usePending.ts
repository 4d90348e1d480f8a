import { shownMarks } from '../../net/outbox/shownState.ts';
import { useAppStore } from '../../store/store.ts';

/** Dot changes on this topic or proposal that the phone has not sent yet. */
export function usePendingDots(targetId: string): number {
  return useAppStore((s) => shownMarks(s).dots[targetId] ?? 0);
}

/** Whether this topic exists only on the phone, or has an edit or a translation not sent yet. */
export function usePendingTopic(topicId: string): boolean {
  return useAppStore((s) => shownMarks(s).topics.has(topicId));
}

/** Actions shown "not sent yet" (a first try under way is not counted: on a good link it is gone at once). */
export function useWaitingCount(): number {
  return useAppStore((s) => s.outbox.entries.filter((e) => e.status === 'waiting').length);
}

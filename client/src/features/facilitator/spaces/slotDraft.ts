import { overlapsAnotherSlot, SlotTimesSchema, type SessionState, type Slot } from '@forum-ouvert/shared';

export interface SlotTimes {
  start: string;
  end: string;
}

/** `missing`: a time is empty or malformed; `order`: it ends before it starts; `overlap`: it overlaps another slot. */
export type SlotProblem = 'missing' | 'order' | 'overlap';

/** Same rules as addSlot / updateSlot (shared schema and overlap rule), checked before sending. */
export function slotProblem(state: SessionState, times: SlotTimes, slotId: string | null): SlotProblem | null {
  const parsed = SlotTimesSchema.safeParse(times);
  if (!parsed.success) {
    // The schema's only custom check is "ends after it starts"; a malformed or empty time comes first.
    return parsed.error.issues.some((issue) => issue.code !== 'custom') ? 'missing' : 'order';
  }
  return overlapsAnotherSlot(state, { id: slotId ?? '', ...parsed.data }) ? 'overlap' : null;
}

/** "HH:MM" → minutes since midnight. */
function minutesOf(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/** A slot's length in minutes. */
export function slotMinutes(slot: Pick<Slot, 'start' | 'end'>): number {
  return minutesOf(slot.end) - minutesOf(slot.start);
}

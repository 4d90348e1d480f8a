import { NOTES_REMINDER_MINUTES, type Slot, type Timer } from '@forum-ouvert/shared';

/** A slot's end today, on this device's clock ("HH:MM" is wall-clock time where the workshop is). */
export function slotEndToday(slot: Slot, now: number): number {
  const [hours = 0, minutes = 0] = slot.end.split(':').map(Number);
  const end = new Date(now);
  end.setHours(hours, minutes, 0, 0);
  return end.getTime();
}

/**
 * When the group is reminded to write its proposals: from NOTES_REMINDER_MINUTES before the end
 * of its slot until the end. The running timer wins when it times this slot: that is the end
 * everyone sees.
 */
export function reminderWindow(slot: Slot, timer: Timer | null, now: number): { from: number; to: number } {
  const to = timer && timer.slotId === slot.id ? timer.endsAt : slotEndToday(slot, now);
  return { from: to - NOTES_REMINDER_MINUTES * 60_000, to };
}

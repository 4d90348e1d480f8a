import type { Slot, Timer } from '@forum-ouvert/shared';
import { useEffect, useState } from 'react';
import { reminderWindow } from './reminder.ts';

/** Whether the reminder shows now; wakes up exactly when it starts and when it ends. */
export function useNotesReminder(slot: Slot, timer: Timer | null): boolean {
  const [now, setNow] = useState(() => Date.now());
  const { from, to } = reminderWindow(slot, timer, now);
  useEffect(() => {
    let wake: ReturnType<typeof setTimeout>;
    const tick = () => {
      const current = Date.now();
      setNow(current);
      const next = [from, to].find((boundary) => boundary > current);
      if (next !== undefined) wake = setTimeout(tick, next - current);
    };
    // Asynchronously at once: new times must not be compared with a clock read earlier.
    wake = setTimeout(tick, 0);
    return () => clearTimeout(wake);
  }, [from, to]);
  return now >= from && now < to;
}

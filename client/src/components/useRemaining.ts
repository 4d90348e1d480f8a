import { useEffect, useState } from 'react';
import { serverNow } from '../net/serverClock.ts';

/**
 * Milliseconds left until `endsAt` (an absolute time, the same instant on every screen). It wakes
 * up as each displayed second is crossed rather than on a drifting 1 s interval, and stops at zero.
 * "Now" is the server's clock (net/serverClock.ts), so a phone set to the wrong time still agrees.
 */
export function useRemaining(endsAt: number): number {
  const [now, setNow] = useState(() => serverNow());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      const current = serverNow();
      setNow(current);
      const left = endsAt - current;
      if (left > 0) timer = setTimeout(tick, left % 1000 || 1000);
    };
    // Asynchronously at once: a new end time must not be shown against a clock read earlier.
    timer = setTimeout(tick, 0);
    return () => clearTimeout(timer);
  }, [endsAt]);
  return Math.max(0, endsAt - now);
}

/**
 * The server's clock as seen from this device. Timers travel as absolute end times; a phone whose
 * clock is a few minutes off would otherwise count down wrongly. Each sync answer carries the
 * server's time; half the round trip is the best guess of when it was read.
 */
let offsetMs = 0;

export function noteServerTime(serverTime: number, sentAt: number, receivedAt: number): void {
  offsetMs = serverTime - (sentAt + receivedAt) / 2;
}

export function serverNow(): number {
  return Date.now() + offsetMs;
}

import type { Outbox } from './outbox.ts';

/** The outbox of the participant page on screen, if any; like the socket, it lives outside the store. */
let current: Outbox | null = null;

export function setActiveOutbox(outbox: Outbox | null): void {
  current = outbox;
}

export function activeOutbox(): Outbox | null {
  return current;
}

import type { CommandAck } from '@forum-ouvert/shared';

/**
 * Refusals change nothing, so they are not written to disk; remembering the
 * recent ones still lets a retried command get its first answer back.
 */
export class RecentRefusals {
  private readonly byKey = new Map<string, CommandAck>();

  constructor(private readonly capacity = 1000) {}

  get(key: string): CommandAck | undefined {
    return this.byKey.get(key);
  }

  remember(key: string, result: CommandAck): void {
    this.byKey.set(key, result);
    if (this.byKey.size > this.capacity) {
      const oldest = this.byKey.keys().next();
      if (!oldest.done) this.byKey.delete(oldest.value);
    }
  }
}

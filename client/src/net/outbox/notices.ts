import type { ErrorCode } from '@forum-ouvert/shared';
import type { OutboxEntry, OutboxNotice } from './entry.ts';

/** Adds a refusal told on arrival; the same refusal of the same action on the same thing only counts one more. */
export function withRefusal(notices: readonly OutboxNotice[], entry: OutboxEntry, code: ErrorCode): OutboxNotice[] {
  const same = notices.find((n) => n.type === entry.command.type && n.label === entry.label && n.code === code);
  if (same) return notices.map((n) => (n === same ? { ...n, count: n.count + 1 } : n));
  return [...notices, { id: entry.commandId, type: entry.command.type, label: entry.label, code, count: 1 }];
}

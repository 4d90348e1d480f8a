import { ERROR_CODES, isId, isOfflineCommandType, type ErrorCode, type OfflineCommand } from '@forum-ouvert/shared';
import type { OutboxEntry, OutboxNotice } from './entry.ts';

/** What survives a reload: the actions not sent yet (in order) and the refusals not dismissed yet. */
export interface StoredOutbox {
  entries: OutboxEntry[];
  notices: OutboxNotice[];
}

export interface OutboxStorage {
  load(): StoredOutbox;
  save(stored: StoredOutbox): void;
}

const VERSION = 1;
const EMPTY: StoredOutbox = { entries: [], notices: [] };

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A light check, not the server's schema: every field of these commands is a string or null,
 * and the server validates each one on arrival anyway. It keeps zod off a phone's first load.
 */
function asCommand(value: unknown): OfflineCommand | null {
  if (!isObject(value) || typeof value.type !== 'string' || !isOfflineCommandType(value.type)) return null;
  if (!Object.values(value).every((v) => v === null || typeof v === 'string')) return null;
  return value as unknown as OfflineCommand;
}

function asEntry(value: unknown): OutboxEntry | null {
  if (!isObject(value)) return null;
  const command = asCommand(value.command);
  const { commandId, createdAt, label } = value;
  if (!command || !isId(commandId) || typeof createdAt !== 'number' || typeof label !== 'string') return null;
  // Whatever was under way when the page closed is simply not sent yet.
  return { commandId, command, createdAt, label, status: 'waiting' };
}

function asNotice(value: unknown): OutboxNotice | null {
  if (!isObject(value)) return null;
  const { id, type, label, code, count } = value;
  if (typeof id !== 'string' || typeof label !== 'string' || typeof count !== 'number') return null;
  if (typeof type !== 'string' || !isOfflineCommandType(type)) return null;
  if (!(ERROR_CODES as readonly unknown[]).includes(code)) return null;
  return { id, type, label, code: code as ErrorCode, count };
}

function compact<T>(values: unknown, parse: (value: unknown) => T | null): T[] {
  return Array.isArray(values) ? values.map(parse).filter((v): v is T => v !== null) : [];
}

/**
 * The outbox of one participant of one workshop in `localStorage`. Storage may be missing or
 * full (private mode): the outbox then lives as long as the page, which is all it can do.
 */
export function localOutboxStorage(code: string, participantId: string): OutboxStorage {
  const key = `fo.outbox.${code.toUpperCase()}.${participantId}`;
  return {
    load() {
      try {
        const parsed: unknown = JSON.parse(window.localStorage.getItem(key) ?? 'null');
        if (!isObject(parsed) || parsed.v !== VERSION) return EMPTY;
        return { entries: compact(parsed.entries, asEntry), notices: compact(parsed.notices, asNotice) };
      } catch {
        return EMPTY;
      }
    },
    save({ entries, notices }) {
      try {
        if (entries.length === 0 && notices.length === 0) window.localStorage.removeItem(key);
        else {
          const kept = entries.map(({ commandId, command, createdAt, label }) => ({ commandId, command, createdAt, label }));
          window.localStorage.setItem(key, JSON.stringify({ v: VERSION, entries: kept, notices }));
        }
      } catch {
        // Nothing to do: the outbox still works for as long as the page stays open.
      }
    },
  };
}

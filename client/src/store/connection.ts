import type { ClientErrorCode } from '../net/errors.ts';
import { useAppStore } from './store.ts';

/**
 * `connecting`: never reached the server yet on this page; `online`: connected and in sync;
 * `reconnecting`: lost the server, retrying; `offline`: the device itself has no network.
 */
export type ConnectionStatus = 'connecting' | 'online' | 'reconnecting' | 'offline';

export interface ConnectionSlice {
  connection: {
    status: ConnectionStatus;
    /** Set when the server refused this page for good (unknown session, wrong key): no retry helps. */
    fatal: ClientErrorCode | null;
  };
}

export function initialConnection(): ConnectionSlice {
  return { connection: { status: 'connecting', fatal: null } };
}

export function setConnectionStatus(status: ConnectionStatus): void {
  useAppStore.setState((s) => ({ connection: { ...s.connection, status } }));
}

export function setFatalError(fatal: ClientErrorCode | null): void {
  useAppStore.setState((s) => ({ connection: { ...s.connection, fatal } }));
}

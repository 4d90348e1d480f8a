import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store/store.ts';

/** What every live page reads from the store, in one shallow-compared selector. */
export function useSessionView() {
  return useAppStore(
    useShallow((s) => ({
      state: s.session.state,
      you: s.session.you,
      status: s.connection.status,
      fatal: s.connection.fatal,
      online: s.presence.online,
    })),
  );
}

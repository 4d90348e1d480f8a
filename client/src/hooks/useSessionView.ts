import { useShallow } from 'zustand/react/shallow';
import { shownState } from '../net/outbox/shownState.ts';
import { useAppStore } from '../store/store.ts';

/**
 * What every live page reads from the store, in one shallow-compared selector. `state` is the
 * server's view with this phone's actions not sent yet on top (the same object while neither changes).
 */
export function useSessionView() {
  return useAppStore(
    useShallow((s) => ({
      state: shownState(s),
      you: s.session.you,
      status: s.connection.status,
      fatal: s.connection.fatal,
      online: s.presence.online,
    })),
  );
}

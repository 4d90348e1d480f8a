import type { SocketAuth } from '@forum-ouvert/shared';
import { useEffect } from 'react';
import { connect, disconnect } from '../net/socket.ts';
import { resetStore } from '../store/store.ts';

/** Opens this page's socket with its credentials for as long as the page is shown. */
export function useLiveSession(auth: SocketAuth | null): void {
  // Compared by value: a new object with the same credentials must not reconnect.
  const key = auth ? JSON.stringify(auth) : null;
  useEffect(() => {
    if (!key) return;
    resetStore();
    connect(JSON.parse(key) as SocketAuth);
    return () => disconnect();
  }, [key]);
}

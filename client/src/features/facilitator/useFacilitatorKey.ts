import { useEffect, useState } from 'react';
import { loadFacilitatorKey, saveFacilitatorKey } from '../../store/persisted.ts';

/**
 * The facilitator's secret rides in the URL fragment (never sent to a server) and is kept in
 * localStorage per session, so a reload, or the bare `/f/<id>` address, still opens the session.
 */
export function useFacilitatorKey(sessionId: string): string | null {
  const [key] = useState(() => {
    const fromHash = decodeURIComponent(window.location.hash.replace(/^#/, ''));
    return fromHash || loadFacilitatorKey(sessionId);
  });
  useEffect(() => {
    if (key) saveFacilitatorKey(sessionId, key);
  }, [sessionId, key]);
  return key;
}

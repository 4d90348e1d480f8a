import { PAGES } from '@forum-ouvert/shared';
import { useEffect, useState } from 'react';
import { getServerConfig } from '../net/http.ts';

/**
 * The link phones open: the server's public (LAN) address, not the `localhost` the facilitator
 * may be using. Falls back to this page's own origin if the server cannot say.
 */
export function useJoinUrl(code: string): string | null {
  const [base, setBase] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void getServerConfig().then((outcome) => {
      if (live) setBase(outcome.ok ? outcome.value.publicUrl : window.location.origin);
    });
    return () => {
      live = false;
    };
  }, []);
  return base === null ? null : `${base.replace(/\/+$/, '')}${PAGES.join(code)}`;
}

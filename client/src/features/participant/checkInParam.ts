import { CHECK_IN_PARAM } from '../../routes.ts';

/** The space whose door QR code opened this page (`/j/CODE?space=<spaceId>`), if any. */
export function readCheckInSpace(): string | null {
  return new URLSearchParams(window.location.search).get(CHECK_IN_PARAM) || null;
}

/** Once used, the parameter leaves the address bar, so a reload or a shared link does not check in again. */
export function forgetCheckInSpace(): void {
  const url = new URL(window.location.href);
  if (!url.searchParams.has(CHECK_IN_PARAM)) return;
  url.searchParams.delete(CHECK_IN_PARAM);
  window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
}

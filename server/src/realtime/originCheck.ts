import type { IncomingMessage } from 'node:http';

/**
 * Browsers always send Origin on a cross-site WebSocket or XHR, so a missing one
 * means a non-browser client (tests, tools), which CORS would not stop anyway.
 * Otherwise the page must come from this very host or from an allowed origin.
 */
export function isOriginAllowed(origin: string | undefined, host: string | undefined, allowed: readonly string[]): boolean {
  if (origin === undefined) return true;
  if (allowed.includes(origin)) return true;
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}

export function allowSameOrigin(allowed: readonly string[]) {
  return (req: IncomingMessage, callback: (err: string | null | undefined, success: boolean) => void): void => {
    const ok = isOriginAllowed(req.headers.origin, req.headers.host, allowed);
    callback(ok ? null : 'Origin not allowed', ok);
  };
}

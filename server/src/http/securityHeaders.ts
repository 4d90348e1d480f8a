import type { IncomingMessage } from 'node:http';
import helmet from 'helmet';

/** Only a plain host[:port] may be echoed into the policy; anything else falls back to 'self'. */
const HOST_PATTERN = /^[A-Za-z0-9.-]+(:\d+)?$|^\[[0-9A-Fa-f:.]+\](:\d+)?$/;

function socketSource(scheme: 'ws' | 'wss') {
  return (req: IncomingMessage): string => {
    const host = req.headers.host;
    return host && HOST_PATTERN.test(host) ? `${scheme}://${host}` : "'self'";
  };
}

/**
 * Helmet on every response, with a policy that lets the page talk only to this
 * server (including its WebSocket, which older browsers do not count as 'self').
 * No upgrade-insecure-requests: phones reach the server over plain HTTP on the LAN.
 */
export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        connectSrc: ["'self'", socketSource('ws'), socketSource('wss')],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  });
}

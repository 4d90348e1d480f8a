import type { RequestHandler } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { sendError } from './httpErrors.ts';

/**
 * A per-address limit for the HTTP entry points. Deliberately generous: a whole
 * workshop may sit behind one router and join within the same minute.
 */
export function perIpLimit(points: number, durationSeconds: number): RequestHandler {
  const limiter = new RateLimiterMemory({ points, duration: durationSeconds });
  return async (req, res, next) => {
    try {
      await limiter.consume(req.ip ?? 'unknown');
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      res.set('Retry-After', String(Math.ceil(rejection.msBeforeNext / 1000)));
      sendError(res, { code: 'RATE_LIMITED', message: 'Too many requests' });
      return;
    }
    next();
  };
}

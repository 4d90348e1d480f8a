import type { ErrorRequestHandler, Response } from 'express';
import { assertNever, type DomainError, type ErrorCode } from '@forum-ouvert/shared';
import { errorFields, type Logger } from '../logger.ts';

export function statusOf(code: ErrorCode): number {
  switch (code) {
    case 'VALIDATION':
      return 400;
    case 'FORBIDDEN':
      return 403;
    case 'NOT_FOUND':
      return 404;
    case 'RATE_LIMITED':
      return 429;
    case 'WRONG_PHASE':
    case 'BUDGET_EXCEEDED':
    case 'CONFLICT':
      return 409;
    case 'INTERNAL':
      return 500;
    default:
      return assertNever(code);
  }
}

export function sendError(res: Response, error: DomainError): void {
  res.status(statusOf(error.code)).json({ error: { code: error.code, message: error.message } });
}

interface BodyParserError {
  type: string;
  status: number;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  return typeof error === 'object' && error !== null && 'type' in error && 'status' in error;
}

/** Last in the chain: bad JSON is the client's fault; anything else is ours, logged without content. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) return next(error);
    if (isBodyParserError(error) && error.status < 500) {
      res.status(error.status).json({ error: { code: 'VALIDATION', message: `Unreadable body (${error.type})` } });
      return;
    }
    logger.error(errorFields(error), 'http request failed');
    sendError(res, { code: 'INTERNAL', message: 'Internal error' });
  };
}

import express, { type Express } from 'express';
import { apiRoutes, type ApiDeps } from './apiRoutes.ts';
import { exportRoutes, type ExportDeps } from './exportRoutes.ts';
import { clientPages } from './clientPages.ts';
import { errorHandler } from './httpErrors.ts';
import { securityHeaders } from './securityHeaders.ts';

/** Everything the HTTP side serves, in order: headers, API, client pages, errors. */
export function configureHttp(web: Express, deps: ApiDeps & ExportDeps): void {
  web.disable('x-powered-by');
  web.use(securityHeaders());
  // Before the API's 16 KB body parser: the archive import reads its own, larger body.
  web.use(exportRoutes(deps));
  web.use('/api', express.json({ limit: '16kb' }));
  web.use(apiRoutes(deps));
  const pages = clientPages(deps.config.clientDir);
  if (pages) web.use(pages);
  web.use(errorHandler(deps.logger));
}

import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import express, { type Router } from 'express';

/**
 * Serves the built client and answers every page route with index.html (the
 * client routes itself). Absent a build, returns null and only the API is served.
 */
export function clientPages(dir: string | undefined): Router | null {
  if (!dir || !existsSync(join(dir, 'index.html'))) return null;
  const index = join(dir, 'index.html');
  const router = express.Router();
  router.use(
    express.static(dir, {
      index: false,
      setHeaders: (res, path) => {
        // Vite fingerprints everything under assets/: it can be cached for good.
        if (path.includes(`${sep}assets${sep}`)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  router.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (req.path.startsWith('/api/') || req.path.startsWith('/socket.io/')) return next();
    // A missing file is a 404, not a page: a script tag must never receive HTML.
    if (/\.[A-Za-z0-9]+$/.test(req.path)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}

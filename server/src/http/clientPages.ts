import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import express, { type Router } from 'express';
import expressStaticGzip from 'express-static-gzip';

/**
 * Serves the built client and answers every page route with index.html (the
 * client routes itself). Absent a build, returns null and only the API is served.
 */
export function clientPages(dir: string | undefined): Router | null {
  if (!dir || !existsSync(join(dir, 'index.html'))) return null;
  const index = join(dir, 'index.html');
  const router = express.Router();
  router.use(
    // The build writes .br and .gz beside each file (client/vite.config.ts); a phone on weak
    // Wi-Fi gets the smallest one its browser accepts, and the server never compresses live.
    expressStaticGzip(dir, {
      enableBrotli: true,
      orderPreference: ['br', 'gz'],
      index: false,
      serveStatic: {
        index: false,
        setHeaders: (res, path) => {
          // Vite fingerprints everything under assets/: it can be cached for good.
          if (path.includes(`${sep}assets${sep}`)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        },
      },
    }),
  );
  router.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (req.path.startsWith('/api/') || req.path.startsWith('/socket.io/')) return next();
    // A missing file is a 404, not a page: a script tag must never receive HTML.
    if (/\.[A-Za-z0-9]+$/.test(req.path)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    // The path is ours, not the request's: allow a build folder such as .build/ (FO_BUILD_DIR).
    res.sendFile(index, { dotfiles: 'allow' });
  });
  return router;
}

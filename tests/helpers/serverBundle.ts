import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface ServerBundle {
  /** The bundled entry point, to run with plain `node`. */
  entry: string;
  remove(): void;
}

/**
 * The server bundled exactly as `npm run build` bundles it, from the current source, into a
 * private folder under `.tmp/` (inside the repository, so that its packages resolve). It starts
 * about three times faster than the source through tsx, which matters when a test restarts it
 * twenty times.
 */
export async function bundleServer(): Promise<ServerBundle> {
  mkdirSync(join(repoRoot, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(repoRoot, '.tmp', 'server-bundle-'));
  await promisify(execFile)(process.execPath, ['server/build.mjs'], { cwd: repoRoot, env: { ...process.env, FO_BUILD_DIR: dir } });
  return { entry: join(dir, 'server', 'index.js'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

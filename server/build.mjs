// Bundles the server into one file. The workspace package @forum-ouvert/shared ships
// TypeScript source, so it is bundled; real npm dependencies stay external and are
// loaded from node_modules at run time (better-sqlite3 is native and cannot be bundled).
import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';

const here = new URL('.', import.meta.url);
// FO_BUILD_DIR builds elsewhere, so that two builds (parallel work, CI) never overwrite each other.
const buildDir = process.env.FO_BUILD_DIR;
const pkg = JSON.parse(await readFile(new URL('package.json', here), 'utf8'));
const external = Object.keys(pkg.dependencies ?? {})
  .filter((name) => name !== '@forum-ouvert/shared')
  .flatMap((name) => [name, `${name}/*`]);

await build({
  entryPoints: [new URL('src/index.ts', here).pathname],
  outfile: buildDir ? `${buildDir}/server/index.js` : new URL('dist/index.js', here).pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  external,
  // Bundled CommonJS code may call require(); in an ES module it has to be made.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'info',
});

// Fails when the JavaScript a participant's phone downloads to open the workshop page exceeds
// its budget, and prints the figure either way. It walks Vite's manifest (the real chunk graph),
// so a facilitator-only module that leaks into the participant's path shows up here.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 150;
const root = resolve(import.meta.dirname, '..');
const dist = process.env.FO_BUILD_DIR ? join(process.env.FO_BUILD_DIR, 'client') : join(root, 'client/dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));

const PARTICIPANT_PAGE = 'src/features/participant/ParticipantPage.tsx';
const NOTES = 'src/features/notes/NotesScreen.tsx';

/** Chunks loaded with `key`: itself and its static imports, transitively. */
function staticClosure(keys) {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const child of manifest[key].imports ?? []) visit(child);
  };
  keys.forEach(visit);
  return seen;
}

// zod names every schema class with a "$Zod…" string (`$constructor("$ZodType", …)` in
// zod/v4/core/schemas.js), and minifying keeps strings: wherever zod is bundled, these are.
const ZOD_MARKER = /["'`]\$Zod[A-Z]\w*["'`]/g;

/** The zod class names found in a chunk: none, unless a module that builds a schema was bundled into it. */
const zodNamesIn = (key) => [...new Set(readFileSync(join(dist, manifest[key].file), 'utf8').match(ZOD_MARKER))].map((n) => n.slice(1, -1));
const gzipped = (key) => gzipSync(readFileSync(join(dist, manifest[key].file)), { level: 9 }).length;
const sum = (keys) => [...keys].reduce((total, key) => total + gzipped(key), 0);
const kb = (bytes) => (bytes / 1024).toFixed(1);

const locales = Object.keys(manifest).filter((key) => /i18n\/locales\/[a-z]+\.json$/.test(key));
if (!manifest[PARTICIPANT_PAGE]) throw new Error(`${PARTICIPANT_PAGE} is not a chunk of its own any more`);

// A phone loads the app shell, the participant page and one language.
const page = staticClosure(['index.html', PARTICIPANT_PAGE]);
const heaviestLocale = locales.map((key) => ({ key, size: gzipped(key) })).sort((a, b) => b.size - a.size)[0];
const total = sum(page) + (heaviestLocale?.size ?? 0);

console.log('Participant page, JavaScript gzipped (level 9):');
for (const key of [...page].sort((a, b) => gzipped(b) - gzipped(a))) console.log(`  ${kb(gzipped(key)).padStart(6)} KB  ${manifest[key].file}`);
if (heaviestLocale) console.log(`  ${kb(heaviestLocale.size).padStart(6)} KB  ${manifest[heaviestLocale.key].file} (heaviest of ${locales.length} languages)`);
console.log(`  ${kb(total).padStart(6)} KB  total, budget ${BUDGET_KB} KB`);
const later = manifest[NOTES] ? [...staticClosure([NOTES])].filter((key) => !page.has(key)) : [];
if (manifest[NOTES]) console.log(`  later, on opening the shared notes of a group: +${kb(sum(later))} KB`);

// A phone validates nothing (the server does), so no zod on it: shared/ builds its schemas only
// in *.schema.ts modules, and a phone's modules import nothing but types from those.
const withZod = [...page, ...later].map((key) => ({ key, names: zodNamesIn(key) })).filter((chunk) => chunk.names.length > 0);
const zodBytes = sum(withZod.map((chunk) => chunk.key));
console.log(`  zod on the phone: ${withZod.length === 0 ? 'none' : `in ${withZod.map((c) => manifest[c.key].file).join(', ')} (${kb(zodBytes)} KB)`}`);

const problems = [];
if (total > BUDGET_KB * 1024) {
  problems.push(`The participant page downloads ${kb(total)} KB of JavaScript, over the ${BUDGET_KB} KB budget.`);
}
for (const { key, names } of withZod) {
  problems.push(
    `zod reached the participant's phone: ${manifest[key].file} (${kb(gzipped(key))} KB) holds ${names.slice(0, 3).join(', ')}` +
      `${names.length > 3 ? ` and ${names.length - 3} more` : ''}. Some module on the participant's path uses a schema ` +
      `(a …Schema of @forum-ouvert/shared, or a value of a shared *.schema.ts module); it may import only types from those ` +
      `(see "Where code lives" in docs/architecture.md).`,
  );
}
if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}

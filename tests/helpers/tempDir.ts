import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh data folder per test file: no test sees another's database. */
export function makeTempDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `forum-ouvert-${label}-`));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startBuiltApp, type AppProcess } from './appProcess.ts';
import { launchBrowser } from './browser.ts';

/** The built app and one Chromium, for the tests of one end-to-end file. */
export interface LiveApp {
  readonly app: AppProcess;
  readonly browser: Browser;
}

/**
 * Starts the app as a user runs it and a browser before the file's tests, and stops both after.
 * Call it at the top of a `describe`; hooks registered after it run once both are up.
 */
export function useLiveApp(): LiveApp {
  let app: AppProcess | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [app, browser] = await Promise.all([startBuiltApp(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('The app and the browser start in beforeAll: use them inside a test or a later hook');
    return value;
  };
  return {
    get app() {
      return started(app);
    },
    get browser() {
      return started(browser);
    },
  };
}

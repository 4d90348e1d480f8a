import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium; npm packages that download their own browser cannot run here. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic'],
  });
}

export interface OpenOptions {
  /**
   * The browser's language (`navigator.languages`, Accept-Language), French unless said otherwise:
   * headless Chromium would say en-US, and the app follows the browser when nothing was chosen.
   */
  locale?: string;
}

/** French, as most tests read the French interface; a test of another language says so. */
export const DEFAULT_TEST_LOCALE = 'fr-FR';

/** A phone 360 px wide, as most participants have. */
export async function openPhone(browser: Browser, url: string, { locale = DEFAULT_TEST_LOCALE }: OpenOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale,
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await page.goto(url);
  return { context, page };
}

export async function openLaptop(browser: Browser, url: string, { locale = DEFAULT_TEST_LOCALE }: OpenOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  await page.goto(url);
  return { context, page };
}

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBuiltApp, type AppProcess } from '../helpers/appProcess.ts';
import { launchBrowser, openPhone } from '../helpers/browser.ts';

interface AppManifest {
  url: string;
  errors: { message: string; critical: number }[];
  data?: string;
}

describe('the page can be added to a phone’s home screen, in Chromium', () => {
  let app: AppProcess;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startBuiltApp(), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('links a web app manifest that Chromium parses without error, with icons that load', async () => {
    const { context, page } = await openPhone(browser, `${app.url}/j/ABCDEF`);
    const cdp = await context.newCDPSession(page);
    // Chromium fetches the manifest lazily; ask until it has.
    let manifest: AppManifest = { url: '', errors: [] };
    for (let tries = 0; tries < 50 && !manifest.data; tries++) {
      manifest = (await cdp.send('Page.getAppManifest')) as AppManifest;
      if (!manifest.data) await page.waitForTimeout(100);
    }
    expect(manifest.url).toBe(`${app.url}/manifest.webmanifest`);
    expect(manifest.errors).toStrictEqual([]);
    const data = JSON.parse(manifest.data ?? '{}') as { name?: string; display?: string; start_url?: string; icons?: { src: string; sizes: string; purpose?: string }[] };
    expect(data.name).toBe('Forum Ouvert');
    expect(data.display).toBe('standalone');
    // Without start_url, the home-screen icon reopens the page it was added from: the person's workshop.
    expect(data.start_url).toBeUndefined();
    const sizes = (data.icons ?? []).map((icon) => `${icon.sizes}/${icon.purpose ?? 'any'}`);
    expect(sizes).toEqual(expect.arrayContaining(['192x192/any', '512x512/any', '512x512/maskable']));
    for (const icon of [...(data.icons ?? []).map((i) => i.src), '/icons/apple-touch-icon.png']) {
      const response = await page.request.get(new URL(icon, app.url).toString());
      expect(response.status(), icon).toBe(200);
      expect(response.headers()['content-type'], icon).toMatch(/^image\/(png|svg\+xml)/);
    }
    await context.close();
  });
});

import { describe, expect, it } from 'vitest';
import { useLiveApp } from '../helpers/liveApp.ts';
import { openPhone } from '../helpers/browser.ts';

interface AppManifest {
  url: string;
  errors: { message: string; critical: number }[];
  data?: string;
}

describe('the page can be added to a phone’s home screen, in Chromium', () => {
  const live = useLiveApp();


  it('links a web app manifest that Chromium parses without error, with icons that load', async () => {
    const { context, page } = await openPhone(live.browser, `${live.app.url}/j/ABCDEF`);
    const cdp = await context.newCDPSession(page);
    // Chromium fetches the manifest lazily; ask until it has.
    let manifest: AppManifest = { url: '', errors: [] };
    for (let tries = 0; tries < 50 && !manifest.data; tries++) {
      manifest = (await cdp.send('Page.getAppManifest')) as AppManifest;
      if (!manifest.data) await page.waitForTimeout(100);
    }
    expect(manifest.url).toBe(`${live.app.url}/manifest.webmanifest`);
    expect(manifest.errors).toStrictEqual([]);
    const data = JSON.parse(manifest.data ?? '{}') as { name?: string; display?: string; start_url?: string; icons?: { src: string; sizes: string; purpose?: string }[] };
    expect(data.name).toBe('Forum Ouvert');
    expect(data.display).toBe('standalone');
    // Without start_url, the home-screen icon reopens the page it was added from: the person's workshop.
    expect(data.start_url).toBeUndefined();
    const sizes = (data.icons ?? []).map((icon) => `${icon.sizes}/${icon.purpose ?? 'any'}`);
    expect(sizes).toEqual(expect.arrayContaining(['192x192/any', '512x512/any', '512x512/maskable']));
    for (const icon of [...(data.icons ?? []).map((i) => i.src), '/icons/apple-touch-icon.png']) {
      const response = await page.request.get(new URL(icon, live.app.url).toString());
      expect(response.status(), icon).toBe(200);
      expect(response.headers()['content-type'], icon).toMatch(/^image\/(png|svg\+xml)/);
    }
    await context.close();
  });
});

// Renders the home-screen icons (PNG, for phones that do not take SVG icons) from the SVGs in
// client/public/icons with Debian's Chromium. Run it after changing an SVG; the PNGs are committed.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const icons = resolve(import.meta.dirname, '../client/public/icons');
const OUTPUTS = [
  { svg: 'icon.svg', file: 'icon-192.png', size: 192 },
  { svg: 'icon.svg', file: 'icon-512.png', size: 512 },
  // Maskable: full-bleed background, the dots inside the central safe zone (80 %).
  { svg: 'maskable.svg', file: 'maskable-512.png', size: 512 },
  // iOS ignores the manifest's icons and rounds the corners itself.
  { svg: 'maskable.svg', file: 'apple-touch-icon.png', size: 180 },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  for (const { svg, file, size } of OUTPUTS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const markup = readFileSync(join(icons, svg), 'utf8').replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<html><body style="margin:0;background:transparent">${markup}</body></html>`);
    writeFileSync(join(icons, file), await page.screenshot({ omitBackground: true }));
    await page.close();
    console.log(`${file} (${size} px)`);
  }
} finally {
  await browser.close();
}

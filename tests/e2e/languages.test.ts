import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPhone } from '../helpers/browser.ts';
import { useLiveApp } from '../helpers/liveApp.ts';
import { createWorkshop, expectPhase, joinPhone } from '../helpers/pages.ts';

interface JoinWords {
  join: { submit: string; pseudonym: string };
}
const wordsOf = (language: string): JoinWords =>
  JSON.parse(readFileSync(new URL(`../../client/src/i18n/locales/${language}.json`, import.meta.url), 'utf8')) as JoinWords;
const arabic = wordsOf('ar');
const tigrinya = wordsOf('ti');

/** The locale chunks a page downloads, in order (`/assets/ar-Ab12.js` → 'ar'), recorded from now on. */
function localeChunks(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const match = /^\/assets\/(fr|en|ar|fa|ps|uk|ti)-[\w-]+\.js$/.exec(new URL(request.url()).pathname);
    if (match?.[1]) seen.push(match[1]);
  });
  return seen;
}

async function box(locator: Locator): Promise<{ x: number; right: number }> {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not laid out');
  return { x: found.x, right: found.x + found.width };
}

/** Where the words of an element are drawn (a label may be a full-width block; its text is not). */
async function textBox(locator: Locator): Promise<{ x: number; right: number }> {
  return locator.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const rect = range.getBoundingClientRect();
    return { x: rect.x, right: rect.right };
  });
}

const htmlLangDir = (page: Page) => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);

describe('languages and right-to-left, in Chromium', () => {
  const live = useLiveApp();


  it('gives a phone set to Arabic a right-to-left page, and keeps a French title left-to-right inside it', async () => {
    const { facilitator, code } = await createWorkshop(live.browser, live.app.url, 'Atelier des langues');

    // No ?lang=: the phone's own language decides.
    const { page: phone } = await openPhone(live.browser, 'about:blank', { locale: 'ar' });
    const chunks = localeChunks(phone);
    await phone.goto(`${live.app.url}/j/${code}`);
    const submit = phone.getByTestId('join-submit');
    await submit.waitFor();
    expect(await htmlLangDir(phone)).toEqual(['ar', 'rtl']);
    expect(await submit.innerText()).toBe(arabic.join.submit);
    expect(chunks).toContain('ar');

    // The join form is laid out from the right: its label starts at the right edge of the field.
    const form = phone.locator('form', { has: submit });
    expect(await form.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
    const field = await box(phone.getByTestId('pseudonym-input'));
    const label = await textBox(phone.locator('label', { hasText: arabic.join.pseudonym }));
    expect(Math.abs(label.right - field.right)).toBeLessThan(2);
    expect(label.x).toBeGreaterThan(field.x + 20);
    // The top bar mirrors too: the app's name on the right, the language menu on the left.
    const name = await box(phone.locator('.topbar__name'));
    const menu = await box(phone.getByTestId('language-select'));
    expect(name.x).toBeGreaterThan(menu.right);

    await phone.getByTestId('pseudonym-input').fill('أمينة');
    await submit.click();
    await phone.getByTestId('my-pseudonym').waitFor();

    // A French participant proposes a topic; the Arabic page shows it in its own direction.
    await facilitator.getByTestId('phase-step-marketplace').click();
    const french = await joinPhone(live.browser, live.app.url, code, 'Lucas');
    await expectPhase(french, 'marketplace');
    const title = 'Logement : où dormir ce soir ?';
    await french.getByTestId('topic-title-input').fill(title);
    await french.getByTestId('propose-form-submit').click();

    const shown = phone.locator('article.topic-card [dir="auto"]', { hasText: title }).first();
    await shown.waitFor({ timeout: 5_000 });
    const bidi = await shown.evaluate((element) => {
      const style = getComputedStyle(element);
      return { direction: style.direction, unicodeBidi: style.unicodeBidi, page: getComputedStyle(element.closest('article') ?? element).direction };
    });
    expect(bidi).toEqual({ direction: 'ltr', unicodeBidi: 'isolate', page: 'rtl' });
    expect(await htmlLangDir(phone)).toEqual(['ar', 'rtl']);
  });

  it('loads a language only when it is chosen, and keeps the choice after a reload', async () => {
    const { code } = await createWorkshop(live.browser, live.app.url, 'Atelier tigrinya');
    const { page } = await openPhone(live.browser, 'about:blank', { locale: 'en-GB' });
    const chunks = localeChunks(page);
    await page.goto(`${live.app.url}/j/${code}`);
    await page.getByTestId('join-submit').waitFor();
    expect(await htmlLangDir(page)).toEqual(['en', 'ltr']);
    // English is complete, so French is not downloaded beside it.
    expect(chunks).toEqual(['en']);

    await page.getByTestId('language-select').selectOption('ti');
    await page.locator('html[lang="ti"]').waitFor({ state: 'attached' });
    expect(chunks).toContain('ti');
    expect(await page.getByTestId('join-submit').innerText()).toBe(tigrinya.join.submit);
    expect(await htmlLangDir(page)).toEqual(['ti', 'ltr']);

    await page.reload();
    await page.getByTestId('join-submit').waitFor();
    expect(await htmlLangDir(page)).toEqual(['ti', 'ltr']);
    expect(await page.getByTestId('language-select').inputValue()).toBe('ti');
    expect(await page.getByTestId('join-submit').innerText()).toBe(tigrinya.join.submit);
  });

  it('lets the projector window keep Arabic while the console in the same live.browser stays French', async () => {
    const { facilitator, code } = await createWorkshop(live.browser, live.app.url, 'Atelier projecteur');
    const projector = await facilitator.context().newPage();
    await projector.goto(`${live.app.url}/screen/${code}`);
    await projector.getByTestId('join-code').waitFor();
    await projector.getByTestId('language-select').selectOption('ar');
    await projector.locator('html[dir="rtl"]').waitFor({ state: 'attached' });

    await facilitator.reload();
    await facilitator.getByTestId('join-code').waitFor();
    expect(await htmlLangDir(facilitator)).toEqual(['fr', 'ltr']);

    await projector.reload();
    await projector.getByTestId('join-code').waitFor();
    expect(await htmlLangDir(projector)).toEqual(['ar', 'rtl']);
  });
});

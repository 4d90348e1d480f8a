import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { at, openBreakouts, type Breakouts } from '../helpers/agenda.ts';
import { DEFAULT_TEST_LOCALE, launchBrowser, openLaptop, openPhone } from '../helpers/browser.ts';
import type { ParticipantHandle } from '../helpers/http.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { removeDir } from '../helpers/tempDir.ts';
import { expectOk } from '../helpers/workshop.ts';
import { builtClientDir } from '../helpers/workshopScreens.ts';

/** A phone that already joined as `person` (the identity the join page would have stored). */
async function phoneOf(browser: Browser, url: string, code: string, person: ParticipantHandle): Promise<{ context: BrowserContext; page: Page }> {
  const identity = JSON.stringify({ token: person.token, participantId: person.participantId });
  const context = await browser.newContext({ locale: DEFAULT_TEST_LOCALE, viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  await context.addInitScript(`localStorage.setItem(${JSON.stringify(`fo.participant.${code}`)}, ${JSON.stringify(identity)})`);
  const page = await context.newPage();
  await page.goto(`${url}/j/${code}`);
  return { context, page };
}

describe('group notes, in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let breakouts: Breakouts;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(undefined, { clientDir: builtClientDir() }), launchBrowser()]);
  });

  afterAll(async () => {
    breakouts?.close();
    await browser?.close();
    await server?.stop();
    if (server) removeDir(server.dataDir);
  });

  it('two phones write together, one offline for a while; the projector reads once published; the proceedings hold it', async () => {
    breakouts = await openBreakouts(server, 2, [{ name: 'Iroise', capacity: 10 }, { name: 'Molène', capacity: 10 }], [['09:00', '10:00']]);
    const { workshop } = breakouts;
    const slotId = at(breakouts.slotIds, 0);
    const topicId = at(at(breakouts.grid, 0), 0);
    // p0 convenes the topic; p1 sits in its group.
    expectOk(await at(workshop.participants, 1).command({ type: 'joinGroup', slotId, topicId }));
    const code = workshop.session.code;
    const phones = await Promise.all(workshop.people.map((person) => phoneOf(browser, server.url, code, person)));
    for (const { page } of phones) await page.getByTestId(`notes-open-${slotId}-${topicId}`).click();
    const [a, b] = phones.map(({ page }) => page) as [Page, Page];
    const proposalsOf = (page: Page) => page.getByTestId('notes-text-proposals');

    await proposalsOf(a).fill('');
    await proposalsOf(a).pressSequentially('Un guichet unique');
    await expect.poll(() => proposalsOf(b).inputValue()).toBe('Un guichet unique');
    await expect.poll(() => a.getByTestId('notes-status').getAttribute('data-status')).toBe('saved');

    // b loses the network, keeps typing; a types meanwhile.
    await at(phones, 1).context.setOffline(true);
    await expect.poll(() => b.getByTestId('notes-status').getAttribute('data-status'), { timeout: 15_000 }).toBe('offline');
    await proposalsOf(b).press('End');
    await proposalsOf(b).pressSequentially('\nDes cours du soir');
    await proposalsOf(a).press('Home');
    await proposalsOf(a).pressSequentially('1. ');
    await at(phones, 1).context.setOffline(false);
    const merged = '1. Un guichet unique\nDes cours du soir';
    await expect.poll(() => proposalsOf(a).inputValue(), { timeout: 20_000 }).toBe(merged);
    await expect.poll(() => proposalsOf(b).inputValue()).toBe(merged);
    expect(server.app.notes.notesOf(breakouts.sessionId)[0]?.sections.proposals).toBe(merged);

    // The newspaper: published, the projector reads it.
    expectOk(await workshop.facilitator.command({ type: 'setPhase', phase: 'closing' }));
    expectOk(await workshop.facilitator.command({ type: 'publishNotes', published: true }));
    const { page: projector } = await openPhone(browser, `${server.url}/screen/${code}`);
    await expect.poll(() => projector.getByTestId(`notes-reader-${slotId}-${topicId}`).innerText(), { timeout: 10_000 }).toContain('Des cours du soir');

    // The organiser downloads the proceedings from the facilitator page, as Markdown and as DOCX.
    const { page: facilitator } = await openLaptop(browser, `${server.url}/f/${breakouts.sessionId}#${workshop.session.facilitatorKey}`);
    await facilitator.getByTestId('exports-panel').waitFor();
    const download = async (kind: string) => {
      const [file] = await Promise.all([facilitator.waitForEvent('download'), facilitator.getByTestId(`export-${kind}`).click()]);
      const path = await file.path();
      return readFileSync(path);
    };
    const markdown = (await download('proceedings.md')).toString('utf8');
    expect(markdown).toContain('Un guichet unique');
    expect(markdown).toContain('Des cours du soir');
    const docx = await JSZip.loadAsync(await download('proceedings.docx'));
    const documentXml = await docx.file('word/document.xml')?.async('string');
    expect(documentXml).toContain('Des cours du soir');
    // No key, no token in what leaves the building.
    expect(markdown).not.toContain(workshop.session.facilitatorKey);
    for (const person of workshop.people) expect(markdown).not.toContain(person.token);
  });
});


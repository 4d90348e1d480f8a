import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  AccessibilityFindings,
  documentDirection,
  movingElements,
  overflowAtDoubleText,
  seriousViolations,
  smallTargets,
} from '../helpers/accessibility.ts';
import { launchBrowser, openLaptop, openPhone } from '../helpers/browser.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { removeDir } from '../helpers/tempDir.ts';
import { builtClientDir, WorkshopScreens, withLanguage } from '../helpers/workshopScreens.ts';

/** A left-to-right and a right-to-left language: every screen is checked in both. */
const LANGUAGES = [
  { lang: 'fr', dir: 'ltr' },
  { lang: 'ar', dir: 'rtl' },
] as const;

/** A page wrong on purpose: each check below must catch its own fault. */
const FAULTY_PAGE = `<!doctype html><html lang="fr"><head><meta name="viewport" content="width=device-width, initial-scale=1"><title>Faute</title></head><body><main>
  <h1>Page fautive</h1>
  <button id="nameless" style="inline-size: 20px; block-size: 20px"></button>
  <p style="color: #b0b0b0; background: #ffffff">Texte trop pâle</p>
  <div style="inline-size: 30rem">Trop large une fois le texte doublé</div>
  <div id="moving" style="transition: opacity 1s">Bouge</div>
</main></body></html>`;

describe('the checks themselves', () => {
  it('catch a nameless button, pale text, a small target, sideways scrolling and motion', async () => {
    const browser = await launchBrowser();
    try {
      const { page } = await openPhone(browser, 'about:blank');
      await page.setContent(FAULTY_PAGE);
      const found = (await seriousViolations(page)).join('\n');
      expect(found).toContain('button-name');
      expect(found).toContain('color-contrast');
      expect(await smallTargets(page)).toEqual([expect.stringContaining('button#nameless')]);
      expect((await overflowAtDoubleText(page, [320]))[320]?.pixels).toBeGreaterThan(0);
      expect(await movingElements(page)).toEqual([expect.stringContaining('div')]);
    } finally {
      await browser.close();
    }
  });
});

/**
 * axe (WCAG 2.1 A and AA, no serious or critical finding) on every page and every phase, as seen
 * by a phone, the facilitator's console and the projector; on the phone pages also 44 px targets
 * and text at 200 % without sideways scrolling; on phone and projector, no motion once reduced
 * motion is asked for. The workshop moves on phase by phase, so the tests of a language run in order.
 */
describe.each(LANGUAGES)('accessibility in $lang ($dir)', ({ lang, dir }) => {
  let server: TestServer;
  let browser: Browser;
  let screens: WorkshopScreens;
  let findings: AccessibilityFindings;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(undefined, { clientDir: builtClientDir() }), launchBrowser()]);
  });

  beforeEach(() => {
    findings = new AccessibilityFindings();
  });

  afterAll(async () => {
    screens?.close();
    await browser?.close();
    await server?.stop();
    if (server) removeDir(server.dataDir);
  });

  /** The three screens of the workshop in its current phase. */
  async function checkScreens(phase: string): Promise<void> {
    await findings.axe(screens.phone, `phone, ${phase}`);
    await findings.axe(screens.console, `console, ${phase}`);
    await findings.axe(screens.projector, `projector, ${phase}`);
    await findings.phoneFriendly(screens.phone, `phone, ${phase}`);
    await findings.still(screens.phone, `phone, ${phase}`);
    await findings.still(screens.projector, `projector, ${phase}`);
  }

  it('home and create form, statement page (both addresses), not-found, each with the footer link', async () => {
    const { page } = await openLaptop(browser, server.url + withLanguage('/', lang));
    await page.getByTestId('create-session').waitFor();
    expect(await documentDirection(page)).toEqual({ lang, dir });
    await findings.axe(page, 'home');

    for (const path of ['/accessibilite', '/accessibility']) {
      await page.goto(server.url + withLanguage(path, lang));
      await page.getByTestId('accessibility-statement').waitFor();
      await findings.axe(page, `statement ${path}`);
    }
    await page.goto(server.url + withLanguage('/nowhere', lang));
    await page.getByTestId('not-found').waitFor();
    await findings.axe(page, 'not-found');
    await page.getByTestId('accessibility-link').click();
    await page.getByTestId('accessibility-statement').waitFor();

    const phone = await openPhone(browser, server.url + withLanguage('/', lang));
    await phone.page.getByTestId('join-code-form').waitFor();
    await findings.axe(phone.page, 'home on a phone');
    await findings.phoneFriendly(phone.page, 'home on a phone');
    await phone.page.goto(server.url + withLanguage('/accessibilite', lang));
    await phone.page.getByTestId('accessibility-statement').waitFor();
    await findings.phoneFriendly(phone.page, 'statement on a phone');
    findings.expectNone();
  });

  it('join page, then the lobby', async () => {
    screens = await WorkshopScreens.open(server, browser, lang);
    for (const page of [screens.phone, screens.console, screens.projector]) expect(await documentDirection(page)).toEqual({ lang, dir });
    await findings.axe(screens.phone, 'join page');
    await findings.phoneFriendly(screens.phone, 'join page');
    await screens.joinOnPhone();
    await checkScreens('lobby');
    findings.expectNone();
  });

  it('marketplace, with topics (one of them the phone’s own)', async () => {
    await screens.toMarketplace();
    // The phone was idle: focus went to the new main heading, the phase's.
    expect(screens.phoneFocusAfterPhaseChange).toBe('h1 marketplace');
    await checkScreens('marketplace');
    findings.expectNone();
  });

  it('voting, with dots placed', async () => {
    await screens.toVoting();
    await checkScreens('voting');
    // The motion check can fail: with motion welcome, the projector's tally bars do move.
    expect(await movingElements(screens.projector)).not.toEqual([]);
    findings.expectNone();
  });

  it('agenda, published: my programme, the agenda editor, the grid', async () => {
    await screens.toAgenda();
    await checkScreens('agenda');
    findings.expectNone();
  });

  it('breakouts: group cards and timer, group notes on the phone, the spotlight on the projector', async () => {
    await screens.toBreakouts();
    await checkScreens('breakouts');
    // The motion check can fail here too: with motion welcome, the countdown's warning pulses.
    expect(await movingElements(screens.phone)).toEqual([expect.stringContaining('countdown__time')]);
    await screens.openNotesOnPhone();
    await findings.axe(screens.phone, 'group notes');
    await findings.phoneFriendly(screens.phone, 'group notes');
    await screens.closeNotesOnPhone();
    await screens.spotlight(true);
    await findings.axe(screens.projector, 'projector spotlight');
    await screens.spotlight(false);
    findings.expectNone();
  });

  it('closing: the convergence vote, the notes open to everyone', async () => {
    await screens.toClosing();
    await checkScreens('closing');
    findings.expectNone();
  });
});

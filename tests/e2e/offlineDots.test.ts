import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useLiveApp } from '../helpers/liveApp.ts';
import { createWorkshop, expectCount, expectPhase, joinPhone, topicId } from '../helpers/pages.ts';

/**
 * A phone that loses the Wi-Fi during the vote keeps its dots, shows them "not sent yet", and
 * sends them when the network is back: each arrives once, reloads included. What the server
 * refuses on arrival is said plainly. `setOffline` fires the live.browser's offline/online events
 * and blocks new connections; the app closes the WebSocket it had (Chromium's emulation would
 * otherwise keep it working).
 */
describe('dots placed offline, in Chromium', () => {
  const live = useLiveApp();
  let facilitator: Page;
  let code: string;
  const titles = ['Housing', 'Health', 'Work'];
  let topics: string[] = [];

  beforeAll(async () => {
    ({ facilitator, code } = await createWorkshop(live.browser, live.app.url, 'Offline workshop'));
    const proposer = await joinPhone(live.browser, live.app.url, code, 'Amina', 'en');
    await facilitator.getByTestId('phase-step-marketplace').click();
    await expectPhase(proposer, 'marketplace');
    for (const title of titles) {
      await proposer.getByTestId('topic-title-input').fill(title);
      await proposer.getByTestId('propose-form-submit').click();
      await topicId(facilitator, title);
    }
    topics = await Promise.all(titles.map((title) => topicId(facilitator, title)));
  });

  /** A phone joined before the vote, looking at the voting page. */
  async function voter(name: string): Promise<Page> {
    const phone = await joinPhone(live.browser, live.app.url, code, name, 'en');
    await expectPhase(phone, 'voting');
    return phone;
  }

  async function expectTallies(counts: number[], timeout = 10_000): Promise<void> {
    for (const [i, topic] of topics.entries()) await expectCount(facilitator, `tally-${topic}`, counts[i] ?? 0, timeout);
  }

  it('keeps three dots offline, shows them not sent yet, and delivers each once, reload included', async () => {
    await facilitator.getByTestId('phase-step-voting').click();
    const phone = await voter('Yusuf');
    await expectCount(phone, 'remaining-dots', 3);

    await phone.context().setOffline(true);
    await phone.locator('[data-testid="connection-banner"][data-status="offline"]').waitFor();
    for (const topic of topics) {
      await phone.getByTestId(`dot-add-${topic}`).click();
      await phone.getByTestId(`pending-dots-${topic}`).waitFor();
      await expectCount(phone, `my-dots-${topic}`, 1);
    }
    await expectCount(phone, 'remaining-dots', 0);
    await expectCount(phone, 'outbox-waiting', 3);
    await expect(phone.getByTestId('outbox-announcer').innerText()).resolves.toContain('Not sent yet');
    // Nothing has reached the server: the facilitator, who sees every count, sees none.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await expectTallies([0, 0, 0], 1_000);

    await phone.context().setOffline(false);
    await expectTallies([1, 1, 1]);
    await phone.getByTestId('outbox-waiting').waitFor({ state: 'detached' });
    await expect(phone.locator('[data-testid^="pending-dots-"]').count()).resolves.toBe(0);
    await expect(phone.getByTestId('outbox-announcer').innerText()).resolves.toContain('3 actions');
    await expectCount(phone, 'remaining-dots', 0);

    // A reload sends nothing again: still exactly one dot per topic, three in all.
    await phone.reload();
    await expectCount(phone, 'remaining-dots', 0);
    for (const topic of topics) await expectCount(phone, `my-dots-${topic}`, 1);
    await expect(phone.getByTestId('outbox-waiting').count()).resolves.toBe(0);
    await expect(phone.getByTestId('outbox-notice').count()).resolves.toBe(0);
    await expectTallies([1, 1, 1]);
  });

  it('keeps what waits through a reload without a connection, then sends it once', async () => {
    const phone = await voter('Olena');
    await phone.context().setOffline(true);
    await phone.locator('[data-testid="connection-banner"][data-status="offline"]').waitFor();
    await phone.getByTestId(`dot-add-${topics[0]}`).click();
    await phone.getByTestId(`dot-add-${topics[1]}`).click();
    await expectCount(phone, 'outbox-waiting', 2);

    // The page loads again, but its socket still cannot reach the server.
    await phone.route('**/socket.io/**', (route) => route.abort());
    await phone.context().setOffline(false);
    await phone.reload();
    await expectCount(phone, 'outbox-waiting', 2);
    await expectTallies([1, 1, 1], 1_000);

    await phone.unroute('**/socket.io/**');
    await expectTallies([2, 2, 1], 20_000);
    await phone.getByTestId('outbox-waiting').waitFor({ state: 'detached' });
    await expectCount(phone, 'remaining-dots', 1);
    await expectCount(phone, `my-dots-${topics[0]}`, 1);
  });

  it('tells the person plainly when the vote closed before their dot arrived', async () => {
    const phone = await voter('Tesfay');
    await phone.context().setOffline(true);
    await phone.locator('[data-testid="connection-banner"][data-status="offline"]').waitFor();
    await phone.getByTestId(`dot-add-${topics[2]}`).click();
    await expectCount(phone, 'remaining-dots', 2);

    await facilitator.getByTestId('phase-step-agenda').click();
    await facilitator.getByTestId('propose-agenda').waitFor();
    await phone.context().setOffline(false);

    const notice = phone.getByTestId('outbox-notice');
    await notice.waitFor({ timeout: 10_000 });
    await expect(notice.getAttribute('data-code')).resolves.toBe('WRONG_PHASE');
    await expect(notice.innerText()).resolves.toContain('Your dot on “Work” was not counted: voting had closed.');
    // It stays until the person says they read it, reload included.
    await phone.reload();
    await phone.getByTestId('outbox-notice').waitFor();
    await phone.getByTestId('outbox-notice-dismiss').click();
    await expect(phone.getByTestId('outbox-notice').count()).resolves.toBe(0);
  });
});

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useLiveApp } from '../helpers/liveApp.ts';
import { openLaptop, openPhone } from '../helpers/browser.ts';
import { expectCount, expectPhase, topicId } from '../helpers/pages.ts';

describe('a workshop from creation to the reveal, in Chromium', () => {
  const live = useLiveApp();


  it('creates, joins three phones, proposes, votes with hidden tallies and reveals them everywhere', async () => {
    // The facilitator creates a Session Lab from the home page.
    const { page: facilitator } = await openLaptop(live.browser, `${live.app.url}/`);
    await facilitator.getByTestId('preset-session-lab').click();
    await facilitator.getByTestId('session-title-input').fill('Intégration professionnelle des réfugiés');
    await facilitator.getByTestId('session-question-input').fill('Que devons-nous traiter en premier ?');
    await facilitator.getByTestId('create-session').click();
    await facilitator.waitForURL(/\/f\/[^/]+#.{20,}/);
    await expect(facilitator.getByTestId('secret-link').inputValue()).resolves.toContain('/f/');
    const code = (await facilitator.getByTestId('join-code').innerText()).replace(/\s/g, '');
    expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
    await expect(facilitator.getByTestId('join-qr').getAttribute('data-url')).resolves.toBe(`${live.app.url}/j/${code}`);

    // Secret dots: tallies hidden until the reveal.
    await facilitator.getByTestId('settings-tally-hidden').check();
    await facilitator.getByTestId('settings-save').click();

    // Three phones join; one gives no name and gets a friendly one.
    const names = ['Amina', 'Yusuf', ''];
    const phones: Page[] = [];
    for (const name of names) {
      const { page } = await openPhone(live.browser, `${live.app.url}/j/${code}`);
      if (name) await page.getByTestId('pseudonym-input').fill(name);
      await page.getByTestId('join-submit').click();
      const shown = await page.getByTestId('my-pseudonym').innerText();
      if (name) expect(shown).toContain(name);
      else expect(shown.trim().length).toBeGreaterThan(2);
      phones.push(page);
    }
    await expectCount(facilitator, 'participants-count', 3);

    // The projector opens from the facilitator page, with no secret in its URL.
    const projectorHref = await facilitator.getByTestId('projector-link').getAttribute('href');
    expect(projectorHref).toBe(`/screen/${code}`);
    const { page: projector } = await openLaptop(live.browser, `${live.app.url}${projectorHref}`);
    await projector.getByTestId('join-code').waitFor();
    expect((await projector.getByTestId('join-code').innerText()).replace(/\s/g, '')).toBe(code);

    // Marketplace: every phone sees the phase change, each proposes a topic.
    await facilitator.getByTestId('phase-step-marketplace').click();
    for (const phone of phones) await expectPhase(phone, 'marketplace');
    const titles = ['Accès aux soins', 'Logement temporaire', 'Titre de séjour et emploi'];
    for (const [i, phone] of phones.entries()) {
      await phone.getByTestId('topic-title-input').fill(titles[i] ?? '');
      await phone.getByTestId('propose-form-submit').click();
    }
    for (const page of [...phones, facilitator, projector]) {
      for (const title of titles) await page.getByText(title, { exact: true }).filter({ visible: true }).first().waitFor({ timeout: 5_000 });
    }
    const [t1, t2, t3] = await Promise.all(titles.map((title) => topicId(facilitator, title)));
    if (!t1 || !t2 || !t3) throw new Error('topics missing');

    // Voting: 3 dots each, at most one per topic.
    await facilitator.getByTestId('phase-step-voting').click();
    for (const phone of phones) await expectPhase(phone, 'voting');
    const [amina, yusuf, third] = phones as [Page, Page, Page];
    const votes: [Page, string[]][] = [
      [amina, [t1, t2]],
      [yusuf, [t1]],
      [third, [t1, t3, t2]],
    ];
    for (const [phone, topics] of votes) {
      for (const topic of topics) await phone.getByTestId(`dot-add-${topic}`).click();
      await expectCount(phone, 'remaining-dots', 3 - topics.length);
    }
    // Out of dots: the button says no before the server has to.
    await expect(third.getByTestId(`dot-add-${t1}`).isDisabled()).resolves.toBe(true);
    // One per topic: Yusuf cannot put a second dot on the same topic.
    await expect(yusuf.getByTestId(`dot-add-${t1}`).isDisabled()).resolves.toBe(true);

    // Hidden: the facilitator sees the counts, the phones and the projector do not.
    await expectCount(facilitator, `tally-${t1}`, 3);
    await expectCount(facilitator, `tally-${t2}`, 2);
    await expectCount(facilitator, `tally-${t3}`, 1);
    for (const page of [...phones, projector]) {
      await expect(page.locator('[data-testid^="tally-"]').count()).resolves.toBe(0);
    }

    // The reveal reaches every screen with the right tallies.
    await facilitator.getByTestId('reveal-tallies').click();
    for (const page of [...phones, projector, facilitator]) {
      await expectCount(page, `tally-${t1}`, 3);
      await expectCount(page, `tally-${t2}`, 2);
      await expectCount(page, `tally-${t3}`, 1);
    }

    // A phone that comes back later is the same person with the same dots.
    await amina.reload();
    await expect(amina.getByTestId('my-pseudonym').innerText()).resolves.toContain('Amina');
    await expectCount(amina, 'remaining-dots', 1);
    await expectCount(amina, `my-dots-${t1}`, 1);
  });
});

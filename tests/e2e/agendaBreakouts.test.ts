import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useLiveApp } from '../helpers/liveApp.ts';
import { openLaptop } from '../helpers/browser.ts';
import { createWorkshop, expectCount, expectPhase, joinPhone, topicId, waitForText } from '../helpers/pages.ts';

async function attr(page: Page, testId: string, name: string): Promise<string> {
  const value = await page.getByTestId(testId).first().getAttribute(name);
  if (value === null) throw new Error(`${testId} has no ${name}`);
  return value;
}

async function addSpace(page: Page, name: string, capacity: number): Promise<void> {
  await page.getByTestId('space-add-name').fill(name);
  await page.getByTestId('space-add-capacity').fill(String(capacity));
  await page.getByTestId('space-add-submit').click();
  await waitForText(page, name);
}

async function addSlot(page: Page, start: string, end: string): Promise<void> {
  await page.getByTestId('slot-add-start').fill(start);
  await page.getByTestId('slot-add-end').fill(end);
  await page.getByTestId('slot-add-submit').click();
}

describe('agenda and breakouts, in Chromium', () => {
  const live = useLiveApp();


  it('proposes, edits and publishes the agenda, assigns groups; a phone moves group and the projector follows', async () => {
    const { facilitator, code } = await createWorkshop(live.browser, live.app.url, 'Forum ouvert BPI');

    // Spaces and slots, declared in the lobby.
    await addSpace(facilitator, 'Salle Iroise', 3);
    await addSpace(facilitator, 'Salle Ouessant', 3);
    await addSlot(facilitator, '14:00', '14:45');
    await facilitator.locator('[data-testid^="slot-sl_"]').first().waitFor();
    await addSlot(facilitator, '15:00', '15:45');
    await expect.poll(() => facilitator.locator('[data-testid^="slot-sl_"]').count()).toBeGreaterThanOrEqual(2);

    const phones = await Promise.all(['Amina', 'Yusuf', 'Olena'].map((name) => joinPhone(live.browser, live.app.url, code, name)));
    const { page: projector } = await openLaptop(live.browser, `${live.app.url}/screen/${code}`);

    // Three topics, then a vote.
    await facilitator.getByTestId('phase-step-marketplace').click();
    const titles = ['Accès aux soins', 'Logement alternatif', 'Titres de séjour'];
    for (const [i, phone] of phones.entries()) {
      await expectPhase(phone, 'marketplace');
      await phone.getByTestId('topic-title-input').fill(titles[i] ?? '');
      await phone.getByTestId('propose-form-submit').click();
    }
    for (const title of titles) await waitForText(facilitator, title);
    const ids = await Promise.all(titles.map((title) => topicId(facilitator, title)));
    await facilitator.getByTestId('phase-step-voting').click();
    for (const phone of phones) {
      await expectPhase(phone, 'voting');
      for (const id of ids.slice(0, 2)) await phone.getByTestId(`dot-add-${id}`).click();
      await expectCount(phone, 'remaining-dots', 1);
    }

    // The agenda: proposed by the app, its conflict figure shown, edited with the "Move to…" menu, published.
    await facilitator.getByTestId('phase-step-agenda').click();
    await facilitator.getByTestId('propose-agenda').click();
    await facilitator.getByTestId('agenda-conflicts').waitFor();
    // Everyone voted for the first two topics: a good agenda puts them in different slots.
    await expectCount(facilitator, 'agenda-conflicts', 0);
    const [soins, logement, sejour] = ids as [string, string, string];
    const cellOf = async (topic: string) => facilitator.locator(`[data-testid^="cell-"][data-topic-id="${topic}"]`).getAttribute('data-testid');
    await expect.poll(() => cellOf(sejour)).not.toBeNull();
    // Take the third topic out of the grid by keyboard menu, then check the not-scheduled list.
    await facilitator.getByTestId(`move-select-${sejour}`).selectOption('none');
    await facilitator.getByTestId(`move-submit-${sejour}`).click();
    await expectCount(facilitator, 'not-scheduled', 1);
    await facilitator.getByTestId(`lock-${soins}`).click();
    await expect.poll(() => attr(facilitator, `lock-${soins}`, 'data-locked')).toBe('true');
    const slotOf = async (topic: string) => {
      const row = facilitator.locator('[data-testid^="grid-slot-"]', { has: facilitator.locator(`[data-topic-id="${topic}"]`) });
      return (await row.getAttribute('data-testid'))?.replace(/^grid-slot-/, '');
    };
    const soinsSlot = await slotOf(soins);
    const logementSlot = await slotOf(logement);
    if (!soinsSlot || !logementSlot) throw new Error('topics not scheduled');
    expect(soinsSlot).not.toBe(logementSlot);
    await facilitator.getByTestId('publish-agenda').click();
    await expect.poll(() => attr(facilitator, 'publish-agenda', 'data-published')).toBe('true');

    // Every phone sees its programme; the projector shows the grid.
    for (const phone of phones) await phone.getByTestId('programme').waitFor({ timeout: 5_000 });
    await projector.getByTestId('agenda-grid').waitFor();

    // Assigned groups, then breakouts.
    await facilitator.getByTestId('section-groups-toggle').click();
    await facilitator.getByTestId('assign-groups').click();
    await facilitator.getByTestId('quality-placed').waitFor();
    await facilitator.getByTestId('phase-step-breakouts').click();
    for (const phone of phones) await expectPhase(phone, 'breakouts');

    // Each topic is alone in its slot, so all three people sit in it.
    await expectCount(projector, `headcount-${soinsSlot}-${soins}`, 3);
    const amina = phones[0] as Page;
    await expect(amina.getByTestId(`my-group-${soinsSlot}`).getAttribute('data-topic-id')).resolves.toBe(soins);

    // Law of two feet: Amina leaves her group in the first topic's slot; the projector's count drops.
    await amina.getByTestId(`leave-group-${soinsSlot}`).click();
    await expectCount(projector, `headcount-${soinsSlot}-${soins}`, 2);
    await expectCount(facilitator, `headcount-${soinsSlot}-${soins}`, 2);
    // And comes back: the count is 3 again everywhere.
    await amina.getByTestId(`go-to-group-${soinsSlot}-${soins}`).click();
    await expectCount(projector, `headcount-${soinsSlot}-${soins}`, 3);
    await expectCount(phones[1] as Page, `headcount-${soinsSlot}-${soins}`, 3);
  });
});

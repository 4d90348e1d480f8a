import type { Browser, Page } from 'playwright-core';
import { openLaptop, openPhone } from './browser.ts';

/**
 * The id of the topic card whose title is `title`, read from the page as a user would find it.
 * A topic its proposer's phone shows before the server has it (see the outbox) has a local id:
 * it is skipped, so the id read is the server's.
 */
export async function topicId(page: Page, title: string): Promise<string> {
  const card = page
    .locator('article.topic-card:not([data-testid^="topic-local-"])', { has: page.locator('h3', { hasText: title }) })
    .first();
  await card.waitFor();
  const testId = await card.getAttribute('data-testid');
  if (!testId) throw new Error(`no card for ${title}`);
  return testId.replace(/^topic-/, '');
}

export async function expectCount(page: Page, testId: string, count: number, timeout = 5_000): Promise<void> {
  await page.getByTestId(testId).and(page.locator(`[data-count="${count}"]`)).first().waitFor({ timeout });
}

export async function expectPhase(page: Page, phase: string): Promise<void> {
  await page.locator(`[data-testid="current-phase"][data-phase="${phase}"]`).waitFor({ timeout: 2_000 });
}

export async function waitForText(page: Page, text: string): Promise<void> {
  await page.getByText(text, { exact: true }).filter({ visible: true }).first().waitFor({ timeout: 5_000 });
}

/** Creates a Session Lab from the home page; returns the facilitator page and the join code. */
export async function createWorkshop(browser: Browser, baseUrl: string, title: string): Promise<{ facilitator: Page; code: string }> {
  const { page: facilitator } = await openLaptop(browser, `${baseUrl}/`);
  await facilitator.getByTestId('preset-session-lab').click();
  await facilitator.getByTestId('session-title-input').fill(title);
  await facilitator.getByTestId('create-session').click();
  await facilitator.waitForURL(/\/f\/[^/]+#.{20,}/);
  const code = (await facilitator.getByTestId('join-code').innerText()).replace(/\s/g, '');
  return { facilitator, code };
}

/** A phone that joins under `name` (or none) and waits until it is in; `lang` sets its interface language (`?lang=`). */
export async function joinPhone(browser: Browser, baseUrl: string, code: string, name: string, lang?: string): Promise<Page> {
  const { page } = await openPhone(browser, `${baseUrl}/j/${code}${lang ? `?lang=${lang}` : ''}`);
  if (name) await page.getByTestId('pseudonym-input').fill(name);
  await page.getByTestId('join-submit').click();
  await page.getByTestId('my-pseudonym').waitFor();
  return page;
}

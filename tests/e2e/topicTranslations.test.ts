import { describe, expect, it } from 'vitest';
import { useLiveApp } from '../helpers/liveApp.ts';
import { openLaptop } from '../helpers/browser.ts';
import { createWorkshop, expectPhase, joinPhone, topicId } from '../helpers/pages.ts';

const DARI_TITLE = 'کار برای زنان';
const FRENCH_TITLE = 'Du travail pour les femmes';

describe('a topic written in Dari, translated into French, in Chromium', () => {
  const live = useLiveApp();


  it('a Dari phone proposes in Dari; a French phone adds a French translation; each screen shows what its reader needs', async () => {
    const { facilitator, code } = await createWorkshop(live.browser, live.app.url, 'Atelier en plusieurs langues');
    const { page: projector } = await openLaptop(live.browser, `${live.app.url}/screen/${code}?lang=fr`);
    const dari = await joinPhone(live.browser, live.app.url, code, 'Farid', 'fa');
    const french = await joinPhone(live.browser, live.app.url, code, 'Claire', 'fr');

    await facilitator.getByTestId('phase-step-marketplace').click();
    await expectPhase(dari, 'marketplace');
    await expectPhase(french, 'marketplace');

    // The Dari phone writes in Dari by default: its interface language.
    await expect(dari.getByTestId('topic-language-select').inputValue()).resolves.toBe('fa');
    await dari.getByTestId('topic-title-input').fill(DARI_TITLE);
    await dari.getByTestId('propose-form-submit').click();

    // The French phone sees it as typed, marked as Dari, with an offer to translate it into French.
    const id = await topicId(french, DARI_TITLE);
    const frenchCard = french.getByTestId(`topic-${id}`);
    await expect(frenchCard.locator('h3').getAttribute('lang')).resolves.toBe('fa');
    await frenchCard.getByTestId(`translate-${id}`).click();
    const form = french.getByTestId(`translate-form-${id}`);
    await expect(form.locator('.translation-original').innerText()).resolves.toBe(DARI_TITLE);
    await form.getByTestId('translation-input').fill(FRENCH_TITLE);
    await form.getByTestId(`translate-form-${id}-submit`).click();

    // French phone: the original, then the translation beneath it, marked French; its translator may edit it.
    const frenchTranslation = frenchCard.getByTestId(`topic-translation-${id}`);
    await frenchTranslation.waitFor();
    await expect(frenchTranslation.innerText()).resolves.toContain(FRENCH_TITLE);
    await expect(frenchTranslation.locator('[lang="fr"]').innerText()).resolves.toBe(FRENCH_TITLE);
    await frenchCard.getByTestId(`edit-translation-${id}`).waitFor();
    await expect(frenchCard.getByTestId(`translate-${id}`).count()).resolves.toBe(0);

    // Projector, in French: the original in large type and the French translation under it.
    const wallTopic = projector.getByTestId(`topic-${id}`);
    await wallTopic.getByTestId(`topic-translation-${id}`).waitFor();
    await expect(wallTopic.locator('.wall__title').innerText()).resolves.toBe(DARI_TITLE);
    await expect(wallTopic.getByTestId(`topic-translation-${id}`).innerText()).resolves.toContain(FRENCH_TITLE);

    // Facilitator: the translation is listed for moderation.
    await expect(facilitator.getByTestId(`translation-${id}-fr`).innerText()).resolves.toContain(FRENCH_TITLE);

    // The Dari phone reads its own language: the original alone, no French under it, nothing to translate.
    const dariCard = dari.getByTestId(`topic-${id}`);
    await expect(dariCard.locator('h3').innerText()).resolves.toBe(DARI_TITLE);
    await expect(dariCard.getByTestId(`topic-translation-${id}`).count()).resolves.toBe(0);
    await expect(dariCard.getByTestId(`translate-${id}`).count()).resolves.toBe(0);
    await expect(dari.getByText(FRENCH_TITLE).count()).resolves.toBe(0);
  });
});

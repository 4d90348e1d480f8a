/// <reference lib="dom" />
import { fileURLToPath } from 'node:url';
import { orderedSlots, type Command, type PhaseId, type SessionState } from '@forum-ouvert/shared';
import type { Browser, Page } from 'playwright-core';
import { openLaptop, openPhone } from './browser.ts';
import { TestClient } from './client.ts';
import { createSession, joinParticipant, type SessionHandle } from './http.ts';
import { expectPhase } from './pages.ts';
import type { TestServer } from './server.ts';
import { expectOk } from './workshop.ts';

/** The client built for end-to-end tests: the engineer's own FO_BUILD_DIR, else client/dist. */
export function builtClientDir(): string {
  const buildDir = process.env['FO_BUILD_DIR'];
  return buildDir ? `${buildDir}/client` : fileURLToPath(new URL('../../client/dist', import.meta.url));
}

/** `path` with `?lang=` added before any `#fragment` (the facilitator's key lives there). */
export function withLanguage(path: string, lang: string): string {
  const [before, fragment] = path.split('#') as [string, string | undefined];
  const joined = `${before}${before.includes('?') ? '&' : '?'}lang=${lang}`;
  return fragment === undefined ? joined : `${joined}#${fragment}`;
}

export const PHONE_NAME = 'Olena';
export const PHONE_TOPIC = 'Cours de français le soir';

/**
 * One workshop seen at once from a phone (which joins through its page), the facilitator's
 * console and the projector, all in one language; the phases are advanced over sockets, as the
 * facilitator's taps would, so each screen can be checked in every phase.
 */
export class WorkshopScreens {
  phone!: Page;
  console!: Page;
  projector!: Page;
  private facilitator!: TestClient;
  private others: TestClient[] = [];

  private constructor(
    readonly server: TestServer,
    readonly browser: Browser,
    readonly lang: string,
    readonly session: SessionHandle,
  ) {}

  /** A session with two themes and two participants on sockets; the phone is left on the join page. */
  static async open(server: TestServer, browser: Browser, lang: string): Promise<WorkshopScreens> {
    const session = await createSession(server.url, {
      title: 'Intégration professionnelle',
      themes: [
        { name: 'Santé', icon: 'health' },
        { name: 'Logement', icon: 'housing' },
      ],
    });
    const screens = new WorkshopScreens(server, browser, lang, session);
    screens.facilitator = await TestClient.connect(server.url, session.facilitatorAuth);
    for (const name of ['Amina', 'Yusuf']) {
      const person = await joinParticipant(server.url, session.code, name);
      screens.others.push(await TestClient.connect(server.url, person.auth));
    }
    screens.phone = (await openPhone(browser, screens.url(`/j/${session.code}`))).page;
    await screens.phone.getByTestId('join-form').waitFor();
    screens.console = (await openLaptop(browser, screens.url(`/f/${session.sessionId}#${session.facilitatorKey}`))).page;
    screens.projector = (await openLaptop(browser, screens.url(`/screen/${session.code}`))).page;
    await screens.console.getByTestId('phase-stepper').waitFor();
    await expectPhase(screens.projector, 'lobby');
    return screens;
  }

  /** An address on the app, in this language. */
  url(path: string): string {
    return this.server.url + withLanguage(path, this.lang);
  }

  get state(): SessionState {
    return this.server.stateOf(this.session.sessionId);
  }

  async joinOnPhone(): Promise<void> {
    await this.phone.getByTestId('pseudonym-input').fill(PHONE_NAME);
    await this.phone.getByTestId('join-submit').click();
    await this.phone.getByTestId('my-pseudonym').waitFor();
  }

  async command(command: Command): Promise<void> {
    expectOk(await this.facilitator.command(command));
  }

  /** Where the phone's focus was once it showed the last phase change, as "tag data-phase". */
  phoneFocusAfterPhaseChange = '';

  /** Changes phase and waits until the three screens show it. */
  async setPhase(phase: PhaseId): Promise<void> {
    await this.command({ type: 'setPhase', phase });
    await Promise.all([
      expectPhase(this.phone, phase),
      expectPhase(this.projector, phase),
      this.console.locator(`[data-testid="phase-step-${phase}"][aria-current="step"]`).waitFor(),
    ]);
    this.phoneFocusAfterPhaseChange = await this.phone.evaluate(() => {
      const focused = document.activeElement;
      return focused ? `${focused.tagName.toLowerCase()} ${focused.getAttribute('data-phase') ?? ''}`.trim() : '';
    });
  }

  /** Marketplace with three topics: two from the others, one typed on the phone. */
  async toMarketplace(): Promise<void> {
    await this.setPhase('marketplace');
    const [health, housing] = this.state.themes;
    const titles: [string, string | undefined][] = [
      ['Accès aux soins', health?.id],
      ['Logement temporaire', housing?.id],
    ];
    for (const [i, [title, themeId]] of titles.entries()) {
      expectOk(await this.other(i).command({ type: 'proposeTopic', title, description: '', themeId: themeId ?? null }));
    }
    await this.phone.getByTestId('topic-title-input').fill(PHONE_TOPIC);
    await this.phone.getByTestId('topic-description-input').fill('Pour celles et ceux qui travaillent la journée.');
    await this.phone.getByTestId('propose-form-submit').click();
    await this.phone.locator('article.topic-card', { hasText: PHONE_TOPIC }).waitFor();
    await this.projector.getByText(PHONE_TOPIC).first().waitFor();
  }

  /** Voting, with dots from everyone; the phone places one by tapping. */
  async toVoting(): Promise<void> {
    await this.setPhase('voting');
    const topics = Object.keys(this.state.topics);
    for (const [i, client] of this.others.entries()) {
      for (const topicId of topics.slice(i, i + 2)) expectOk(await client.command({ type: 'placeDot', topicId }));
    }
    const first = topics[0] ?? '';
    await this.phone.getByTestId(`dot-add-${first}`).click();
    await this.phone.locator(`[data-testid="my-dots-${first}"][data-count="1"]`).waitFor();
  }

  /** The agenda: two spaces, two slots, the scheduler's proposal, published. */
  async toAgenda(): Promise<void> {
    await this.setPhase('agenda');
    await this.command({ type: 'addSpace', space: { name: 'Salle Iroise', capacity: 10, language: 'Français + arabe', interpreter: true } });
    await this.command({ type: 'addSpace', space: { name: 'Salle Molène', capacity: 10, language: '', interpreter: false } });
    await this.command({ type: 'addSlot', times: { start: '09:00', end: '10:00' } });
    await this.command({ type: 'addSlot', times: { start: '10:15', end: '11:15' } });
    await this.command({ type: 'proposeAgenda' });
    await this.command({ type: 'publishAgenda', published: true });
    await Promise.all([this.phone.getByTestId('programme').waitFor(), this.projector.getByTestId('agenda-grid').waitFor()]);
  }

  /**
   * Groups assigned and meeting, the first slot current with its timer running: 4 minutes left,
   * so the countdown is in its last-minutes warning (which pulses, unless motion is reduced).
   */
  async toBreakouts(): Promise<void> {
    await this.command({ type: 'assignGroups' });
    await this.setPhase('breakouts');
    const slotId = this.firstSlotId();
    await this.command({ type: 'setCurrentSlot', slotId });
    await this.command({ type: 'startTimer', durationSeconds: 240, slotId });
    await Promise.all([
      this.phone.getByTestId(`my-group-${slotId}`).waitFor(),
      this.phone.locator('[data-testid="countdown"][data-stage="warning"]').waitFor(),
      this.projector.locator('[data-testid="countdown"][data-stage="warning"]').first().waitFor(),
    ]);
  }

  /** Pitch mode on the projector for the phone's topic; `null` puts the grid back. */
  async spotlight(on: boolean): Promise<void> {
    const topicId = Object.values(this.state.topics).find((t) => t.title === PHONE_TOPIC)?.id ?? null;
    await this.command({ type: 'setSpotlight', topicId: on ? topicId : null });
    if (on) await this.projector.getByTestId('spotlight').waitFor();
    else await this.projector.getByTestId('agenda-grid').waitFor();
  }

  /** Opens, on the phone, the notes of its group in the first slot. */
  async openNotesOnPhone(): Promise<void> {
    const slotId = this.firstSlotId();
    const topicId = await this.phone.getByTestId(`my-group-${slotId}`).getAttribute('data-topic-id');
    await this.phone.getByTestId(`notes-open-${slotId}-${topicId}`).click();
    await this.phone.getByTestId('notes-text-proposals').waitFor();
  }

  async closeNotesOnPhone(): Promise<void> {
    await this.phone.goBack();
    await this.phone.getByTestId('programme').waitFor();
  }

  /** Closing: notes open to everyone, the convergence vote open on one proposal per group of the first slot. */
  async toClosing(): Promise<void> {
    await this.setPhase('closing');
    await this.command({ type: 'publishNotes', published: true });
    const slotId = this.firstSlotId();
    const proposals = Object.entries(this.state.agenda.placements)
      .filter(([, cell]) => cell.slotId === slotId)
      .map(([topicId], i) => ({ slotId, topicId, text: `Proposition ${i + 1} : un guichet unique` }));
    await this.command({ type: 'openConvergence', proposals });
    await Promise.all([this.phone.getByTestId('proposal-vote').waitFor(), this.phone.getByTestId('newspaper-link').waitFor()]);
  }

  close(): void {
    for (const client of [this.facilitator, ...this.others]) client?.close();
  }

  private other(index: number): TestClient {
    const client = this.others[index];
    if (!client) throw new Error(`No participant ${index}`);
    return client;
  }

  private firstSlotId(): string {
    const slot = orderedSlots(this.state)[0];
    if (!slot) throw new Error('No slot yet');
    return slot.id;
  }
}

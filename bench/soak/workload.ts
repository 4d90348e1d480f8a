import { ACK_TIMEOUT_MS, type Command, type CommandAck } from '@forum-ouvert/shared';
import { newCommandId, type TestClient } from '../../tests/helpers/client.ts';
import type { ParticipantHandle } from '../../tests/helpers/http.ts';
import { pick } from '../../tests/helpers/random.ts';
import { sleep } from '../../tests/helpers/wait.ts';

const PROPOSALS_AT_ONCE = 50;

export interface Tally {
  sent: number;
  acked: number;
  refused: number;
  unanswered: number;
}

/**
 * The soak's room: bursts of dots during the vote (placed and taken back within each person's
 * budget, so the state stays the same size however long it runs), now and then a marketplace
 * burst where people reword their topic, and a few phones that drop their connection every
 * cycle and come back by themselves.
 */
export class SoakWorkload {
  readonly tally: Tally = { sent: 0, acked: 0, refused: 0, unanswered: 0 };
  private readonly dotsOf = new Map<number, string[]>();

  constructor(
    private readonly phones: readonly TestClient[],
    private readonly people: readonly ParticipantHandle[],
    private readonly facilitator: TestClient,
    private readonly random: () => number,
    private readonly dotBudget: number,
  ) {}

  /** `size` phones each place or take back a dot, at random times over `spreadMs`. */
  async voteBurst(size: number, spreadMs: number): Promise<void> {
    const topics = Object.keys(this.facilitator.state?.topics ?? {});
    if (topics.length === 0) return;
    await this.spread(size, spreadMs, async (i) => {
      const mine = this.dotsOf.get(i) ?? [];
      const removing = mine.length >= this.dotBudget || (mine.length > 0 && this.random() < 0.3);
      const topicId = removing ? pick(this.random, mine) : pick(this.random, topics);
      const ack = await this.send(i, { type: removing ? 'removeDot' : 'placeDot', topicId });
      if (!ack?.ok) return;
      const at = mine.indexOf(topicId);
      if (!removing) mine.push(topicId);
      else if (at >= 0) mine.splice(at, 1);
      this.dotsOf.set(i, mine);
    });
  }

  /**
   * Everyone proposes their one topic (the session holds 500), so that the state reaches its
   * full size before the first sample and a growing series means a leak, not a filling room.
   */
  async proposeAll(): Promise<void> {
    await this.facilitator.command({ type: 'setPhase', phase: 'marketplace' });
    for (let i = 0; i < this.phones.length; i += PROPOSALS_AT_ONCE) {
      const indexes = Array.from({ length: Math.min(PROPOSALS_AT_ONCE, this.phones.length - i) }, (_, k) => i + k);
      await Promise.all(indexes.map((k) => this.send(k, { type: 'proposeTopic', title: `Sujet ${k}`, description: '', themeId: null })));
    }
    const opened = await this.facilitator.command({ type: 'setPhase', phase: 'voting' });
    if (opened.ok) await this.facilitator.waitForVersion(opened.version, 30_000);
  }

  /** Opens the marketplace, `size` phones reword their topic, back to the vote. */
  async marketplaceBurst(size: number, spreadMs: number, serial: number): Promise<void> {
    await this.facilitator.command({ type: 'setPhase', phase: 'marketplace' });
    await this.spread(size, spreadMs, async (i) => {
      const participantId = this.people[i]?.participantId;
      const own = Object.values(this.facilitator.state?.topics ?? {}).find((t) => t.proposerIds[0] === participantId);
      if (own) await this.send(i, { type: 'editTopic', topicId: own.id, title: `Sujet ${i} (${serial})`, description: '', themeId: null });
    });
    await this.facilitator.command({ type: 'setPhase', phase: 'voting' });
  }

  /** A few phones lose their connection; Socket.IO brings them back with the app's backoff. */
  churn(share: number): void {
    for (const phone of this.phones) if (this.random() < share && phone.socket.connected) phone.socket.io.engine.close();
  }

  private async spread(size: number, spreadMs: number, act: (phoneIndex: number) => Promise<void>): Promise<void> {
    const chosen = Array.from({ length: size }, () => Math.floor(this.random() * this.phones.length));
    await Promise.all(chosen.map(async (i) => {
      await sleep(this.random() * spreadMs);
      await act(i);
    }));
  }

  private async send(phoneIndex: number, command: Command): Promise<CommandAck | null> {
    const phone = this.phones[phoneIndex];
    if (!phone) return null;
    this.tally.sent++;
    try {
      const ack = await phone.socket.timeout(ACK_TIMEOUT_MS).emitWithAck('command', { commandId: newCommandId(), command });
      this.tally[ack.ok ? 'acked' : 'refused']++;
      return ack;
    } catch {
      this.tally.unanswered++;
      return null;
    }
  }
}

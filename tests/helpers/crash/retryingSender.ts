import type { Command, CommandAck } from '@forum-ouvert/shared';
import { newCommandId, type TestClient } from '../client.ts';
import { sleep } from '../wait.ts';

/** Answers that say the command was not decided: the same id goes again, a little later. */
const NOT_DECIDED = new Set(['RATE_LIMITED', 'INTERNAL']);
const RETRY_AFTER_MS = 100;

/**
 * Sends commands as a phone does (a fresh id per command; on a timeout or a dropped connection
 * the SAME id again once connected), except that it never gives up before a verdict: then every
 * command ends either acknowledged or refused, and the log can be checked against both lists.
 */
export class RetryingSender {
  /** Acknowledged command ids with the answer the client got. */
  readonly acked = new Map<string, CommandAck>();
  /** Refused command ids with the refusal's code. */
  readonly refused = new Map<string, string>();
  /** Attempts that got no answer: timed out, or the connection dropped under them. */
  unanswered = 0;
  /** Acknowledged only after at least one resend: the cases where remembering the id matters. */
  ackedAfterResend = 0;
  rateLimited = 0;
  /** `INTERNAL` answers: the server failed on something; a correct server never does. */
  internal = 0;

  constructor(
    readonly client: TestClient,
    private readonly ackTimeoutMs: number,
    private readonly giveUpMs = 120_000,
  ) {}

  async send(command: Command): Promise<CommandAck> {
    const commandId = newCommandId();
    const deadline = Date.now() + this.giveUpMs;
    for (let attempt = 0; ; attempt++) {
      this.checkDeadline(deadline, command, commandId);
      await this.connected(deadline, command, commandId);
      let ack: CommandAck;
      try {
        ack = await this.client.socket.timeout(this.ackTimeoutMs).emitWithAck('command', { commandId, command });
      } catch {
        this.unanswered++;
        continue;
      }
      if (!ack.ok && NOT_DECIDED.has(ack.error.code)) {
        if (ack.error.code === 'INTERNAL') this.internal++;
        else this.rateLimited++;
        await sleep(RETRY_AFTER_MS);
        continue;
      }
      if (ack.ok) {
        this.acked.set(commandId, ack);
        if (attempt > 0) this.ackedAfterResend++;
      } else {
        this.refused.set(commandId, ack.error.code);
      }
      return ack;
    }
  }

  private async connected(deadline: number, command: Command, commandId: string): Promise<void> {
    while (!this.client.socket.connected) {
      this.checkDeadline(deadline, command, commandId);
      await sleep(10);
    }
  }

  private checkDeadline(deadline: number, command: Command, commandId: string): void {
    if (Date.now() > deadline) throw new Error(`${command.type} ${commandId}: no verdict within ${this.giveUpMs} ms`);
  }
}

import { evolve, initialState, type CommandAck, type SessionState } from '@forum-ouvert/shared';
import type { LoggedCommand, LoggedEvent } from '../database.ts';

/** What the clients know for sure: every command id they got an answer for, and from whom it came. */
export interface ClientVerdicts {
  acked: ReadonlyMap<string, { actor: string; ack: CommandAck }>;
  refused: ReadonlyMap<string, { actor: string; code: string }>;
}

/** Events that no command causes: the session's creation and the joins over HTTP. */
const WITHOUT_COMMAND = new Set(['SessionCreated', 'ParticipantJoined']);

/**
 * Compares the log on disk with what the clients were told, and answers every discrepancy in
 * words (empty when all is well):
 * - the log is 1..N without a hole and starts with the creation;
 * - every acknowledged id is remembered once, for the same person, with the answer they got,
 *   and its events are one unbroken run ending at the version that answer gave;
 * - no refused id is remembered, and no command is remembered that nobody was told was accepted;
 * - every event names an acknowledged command, except the creation and the joins.
 */
export function auditLog(events: readonly LoggedEvent[], commands: readonly LoggedCommand[], verdicts: ClientVerdicts): string[] {
  const problems: string[] = [];
  events.forEach(({ seq }, i) => {
    if (seq !== i + 1) problems.push(`event ${i + 1} of the log has seq ${seq}`);
  });
  if (events[0]?.event.type !== 'SessionCreated') problems.push('the log does not start with SessionCreated');

  const remembered = new Map(commands.map((c) => [c.commandId, c]));
  const seqsOf = new Map<string, number[]>();
  for (const { seq, event, commandId } of events) {
    if (commandId === null) {
      if (!WITHOUT_COMMAND.has(event.type)) problems.push(`event ${seq} (${event.type}) names no command`);
      continue;
    }
    if (!remembered.has(commandId)) problems.push(`event ${seq} (${event.type}) names command ${commandId}, which the log does not remember`);
    seqsOf.set(commandId, [...(seqsOf.get(commandId) ?? []), seq]);
  }

  for (const [commandId, { actor, ack }] of verdicts.acked) {
    const row = remembered.get(commandId);
    if (!row) {
      problems.push(`acknowledged command ${commandId} is not in the log`);
      continue;
    }
    if (row.actor !== actor) problems.push(`command ${commandId} was acknowledged to ${actor} but logged for ${row.actor}`);
    if (JSON.stringify(row.result) !== JSON.stringify(ack)) {
      problems.push(`command ${commandId} was answered ${JSON.stringify(ack)} but logged ${JSON.stringify(row.result)}`);
    }
    const seqs = seqsOf.get(commandId) ?? [];
    const unbroken = seqs.every((seq, i) => i === 0 || seq === (seqs[i - 1] ?? 0) + 1);
    if (!unbroken) problems.push(`the events of command ${commandId} are not one run: ${seqs.join(', ')}`);
    const last = seqs.at(-1);
    if (last !== undefined && ack.ok && last !== ack.version) problems.push(`command ${commandId} ends at event ${last}, its ack said version ${ack.version}`);
  }
  for (const [commandId, { code }] of verdicts.refused) {
    if (remembered.has(commandId)) problems.push(`refused command ${commandId} (${code}) is in the log`);
  }
  for (const { commandId } of commands) {
    if (!verdicts.acked.has(commandId)) problems.push(`logged command ${commandId} was never acknowledged to anyone`);
  }
  return problems;
}

/** The state the log leads to, folded with the same `evolve` as the server and the phones. */
export function foldLog(events: readonly LoggedEvent[]): SessionState {
  const [first, ...rest] = events;
  if (first?.event.type !== 'SessionCreated') throw new Error('The log does not start with SessionCreated');
  return rest.reduce((state, { seq, event }) => evolve(state, event, seq), evolve(initialState(first.event), first.event, first.seq));
}

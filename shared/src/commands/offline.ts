import type { DecideContext } from '../model/actor.ts';
import type { SessionState } from '../model/session.ts';
import { decideEditTopic } from './editTopic.ts';
import type { Command, CommandOf } from './index.ts';
import type { Decide, Decision } from './decision.ts';
import { decidePlaceDot } from './placeDot.ts';
import { decidePlaceProposalDot } from './placeProposalDot.ts';
import { decideProposeTopic } from './proposeTopic.ts';
import { decideRemoveDot } from './removeDot.ts';
import { decideRemoveProposalDot } from './removeProposalDot.ts';
import { decideTranslateTopic } from './translateTopic.ts';
import { decideWithdrawTopic } from './withdrawTopic.ts';

/**
 * What a participant's phone may keep while it is offline and send later: things that still mean
 * the same a few minutes on (a topic, a dot, a translation). Joining a group in a slot or checking in
 * at a space do not, and are not here.
 */
export const OFFLINE_COMMAND_TYPES = [
  'proposeTopic',
  'editTopic',
  'withdrawTopic',
  'translateTopic',
  'placeDot',
  'removeDot',
  'placeProposalDot',
  'removeProposalDot',
] as const satisfies readonly Command['type'][];

export type OfflineCommandType = (typeof OFFLINE_COMMAND_TYPES)[number];
export type OfflineCommand = CommandOf<OfflineCommandType>;

/**
 * The very `decide` of each of these commands (a test checks they are the registry's own), so a
 * phone can fold what it has not sent yet without loading every command's rules: the agenda
 * planner behind `assignGroups` and `proposeAgenda` would weigh on every participant's download.
 */
const OFFLINE_DECIDE = {
  proposeTopic: decideProposeTopic,
  editTopic: decideEditTopic,
  withdrawTopic: decideWithdrawTopic,
  translateTopic: decideTranslateTopic,
  placeDot: decidePlaceDot,
  removeDot: decideRemoveDot,
  placeProposalDot: decidePlaceProposalDot,
  removeProposalDot: decideRemoveProposalDot,
} satisfies { [T in OfflineCommandType]: Decide<CommandOf<T>> };

export function isOfflineCommandType(type: string): type is OfflineCommandType {
  return (OFFLINE_COMMAND_TYPES as readonly string[]).includes(type);
}

export function isOfflineCommand(command: Command): command is OfflineCommand {
  return isOfflineCommandType(command.type);
}

/** The handler kept for one type, for the test that holds it to the registry's. */
export function offlineDecideOf(type: OfflineCommandType): (typeof OFFLINE_DECIDE)[OfflineCommandType] {
  return OFFLINE_DECIDE[type];
}

/**
 * `decide` for a participant's own offline command. Every one of these commands is open to
 * participants (the registry's roles say so, and a test holds them to it), so the role check of
 * `decide` has nothing to add here.
 */
export function decideOffline(state: SessionState, command: OfflineCommand, ctx: DecideContext): Decision {
  const handler = OFFLINE_DECIDE[command.type] as Decide<OfflineCommand>;
  return handler(state, command, ctx);
}

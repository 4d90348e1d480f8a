import { z } from 'zod';
import type { DecideContext, Role } from '../model/actor.ts';
import type { SessionState } from '../model/session.ts';
import { fail } from '../protocol/errors.ts';
import { AddPaperParticipantSchema, decideAddPaperParticipant } from './addPaperParticipant.ts';
import type { Decide, Decision } from './decision.ts';
import { decideEditTopic, EditTopicSchema } from './editTopic.ts';
import { decideSetTopicHidden, SetTopicHiddenSchema } from './hideTopic.ts';
import { decideMergeTopics, MergeTopicsSchema } from './mergeTopics.ts';
import { decidePlaceDot, PlaceDotSchema } from './placeDot.ts';
import { decideProposeTopic, ProposeTopicSchema } from './proposeTopic.ts';
import { decideRemoveDot, RemoveDotSchema } from './removeDot.ts';
import { decideRevealTallies, RevealTalliesSchema } from './revealTallies.ts';
import { decideSetPhase, SetPhaseSchema } from './setPhase.ts';
import { decideUpdateVoteSettings, UpdateVoteSettingsSchema } from './updateVoteSettings.ts';
import { decideWithdrawTopic, WithdrawTopicSchema } from './withdrawTopic.ts';

/** Every command a connected screen may send over the socket. */
export const CommandSchema = z.discriminatedUnion('type', [
  SetPhaseSchema,
  UpdateVoteSettingsSchema,
  RevealTalliesSchema,
  AddPaperParticipantSchema,
  ProposeTopicSchema,
  EditTopicSchema,
  WithdrawTopicSchema,
  SetTopicHiddenSchema,
  MergeTopicsSchema,
  PlaceDotSchema,
  RemoveDotSchema,
]);
export type Command = z.infer<typeof CommandSchema>;
export type CommandType = Command['type'];
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;

interface CommandHandler<T extends CommandType> {
  /** Roles that may send it at all; finer rules (own topic, phase) live in its decide. */
  roles: readonly Role[];
  decide: Decide<CommandOf<T>>;
}

const FACILITATOR = ['facilitator'] as const;
const PEOPLE = ['facilitator', 'participant'] as const;

export const COMMANDS = {
  setPhase: { roles: FACILITATOR, decide: decideSetPhase },
  updateVoteSettings: { roles: FACILITATOR, decide: decideUpdateVoteSettings },
  revealTallies: { roles: FACILITATOR, decide: decideRevealTallies },
  addPaperParticipant: { roles: FACILITATOR, decide: decideAddPaperParticipant },
  proposeTopic: { roles: PEOPLE, decide: decideProposeTopic },
  editTopic: { roles: PEOPLE, decide: decideEditTopic },
  withdrawTopic: { roles: PEOPLE, decide: decideWithdrawTopic },
  setTopicHidden: { roles: FACILITATOR, decide: decideSetTopicHidden },
  mergeTopics: { roles: FACILITATOR, decide: decideMergeTopics },
  placeDot: { roles: PEOPLE, decide: decidePlaceDot },
  removeDot: { roles: PEOPLE, decide: decideRemoveDot },
} satisfies { [T in CommandType]: CommandHandler<T> };

export function mayRoleSend(role: Role, type: CommandType): boolean {
  return (COMMANDS[type].roles as readonly Role[]).includes(role);
}

/** Authorises by role, then asks the command's own rules. Pure: the caller brings the clock and ids. */
export function decide(state: SessionState, command: Command, ctx: DecideContext): Decision {
  if (!mayRoleSend(ctx.actor.role, command.type)) return fail('FORBIDDEN', `A ${ctx.actor.role} cannot ${command.type}`);
  const handler = COMMANDS[command.type] as CommandHandler<typeof command.type>;
  return handler.decide(state, command, ctx);
}

import { z } from 'zod';
import type { DecideContext, Role } from '../model/actor.ts';
import type { SessionState } from '../model/session.ts';
import { fail } from '../protocol/errors.ts';
import { AddPaperParticipantSchema, decideAddPaperParticipant } from './addPaperParticipant.ts';
import type { Decide, Decision } from './decision.ts';
import { decideAddSpace, AddSpaceSchema } from './addSpace.ts';
import { decideUpdateSpace, UpdateSpaceSchema } from './updateSpace.ts';
import { decideRemoveSpace, RemoveSpaceSchema } from './removeSpace.ts';
import { decideAddSlot, AddSlotSchema } from './addSlot.ts';
import { decideUpdateSlot, UpdateSlotSchema } from './updateSlot.ts';
import { decideRemoveSlot, RemoveSlotSchema } from './removeSlot.ts';
import { decideProposeAgenda, ProposeAgendaSchema } from './proposeAgenda.ts';
import { decideMoveTopic, MoveTopicSchema } from './moveTopic.ts';
import { decideLockTopic, LockTopicSchema } from './lockTopic.ts';
import { decidePublishAgenda, PublishAgendaSchema } from './publishAgenda.ts';
import { decideSetGroupMode, SetGroupModeSchema } from './setGroupMode.ts';
import { decideAssignGroups, AssignGroupsSchema } from './assignGroups.ts';
import { decideMoveParticipant, MoveParticipantSchema } from './moveParticipant.ts';
import { decideStartTimer, StartTimerSchema } from './startTimer.ts';
import { decideStopTimer, StopTimerSchema } from './stopTimer.ts';
import { decideSetCurrentSlot, SetCurrentSlotSchema } from './setCurrentSlot.ts';
import { decideSetSpotlight, SetSpotlightSchema } from './setSpotlight.ts';
import { decidePublishNotes, PublishNotesSchema } from './publishNotes.ts';
import { decideJoinGroup, JoinGroupSchema } from './joinGroup.ts';
import { decideLeaveGroup, LeaveGroupSchema } from './leaveGroup.ts';
import { decideCheckIn, CheckInSchema } from './checkIn.ts';
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
import { decideOpenConvergence, OpenConvergenceSchema } from './openConvergence.ts';
import { decideCloseConvergence, CloseConvergenceSchema } from './closeConvergence.ts';
import { decideRevealConvergence, RevealConvergenceSchema } from './revealConvergence.ts';
import { decidePlaceProposalDot, PlaceProposalDotSchema } from './placeProposalDot.ts';
import { decideRemoveProposalDot, RemoveProposalDotSchema } from './removeProposalDot.ts';
import { decideTranslateTopic, TranslateTopicSchema } from './translateTopic.ts';
import { decideRemoveTopicTranslation, RemoveTopicTranslationSchema } from './removeTopicTranslation.ts';

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
  AddSpaceSchema,
  UpdateSpaceSchema,
  RemoveSpaceSchema,
  AddSlotSchema,
  UpdateSlotSchema,
  RemoveSlotSchema,
  ProposeAgendaSchema,
  MoveTopicSchema,
  LockTopicSchema,
  PublishAgendaSchema,
  SetGroupModeSchema,
  AssignGroupsSchema,
  MoveParticipantSchema,
  StartTimerSchema,
  StopTimerSchema,
  SetCurrentSlotSchema,
  SetSpotlightSchema,
  PublishNotesSchema,
  JoinGroupSchema,
  LeaveGroupSchema,
  CheckInSchema,
  OpenConvergenceSchema,
  CloseConvergenceSchema,
  RevealConvergenceSchema,
  PlaceProposalDotSchema,
  RemoveProposalDotSchema,
  TranslateTopicSchema,
  RemoveTopicTranslationSchema,
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
const PARTICIPANT = ['participant'] as const;

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
  addSpace: { roles: FACILITATOR, decide: decideAddSpace },
  updateSpace: { roles: FACILITATOR, decide: decideUpdateSpace },
  removeSpace: { roles: FACILITATOR, decide: decideRemoveSpace },
  addSlot: { roles: FACILITATOR, decide: decideAddSlot },
  updateSlot: { roles: FACILITATOR, decide: decideUpdateSlot },
  removeSlot: { roles: FACILITATOR, decide: decideRemoveSlot },
  proposeAgenda: { roles: FACILITATOR, decide: decideProposeAgenda },
  moveTopic: { roles: FACILITATOR, decide: decideMoveTopic },
  lockTopic: { roles: FACILITATOR, decide: decideLockTopic },
  publishAgenda: { roles: FACILITATOR, decide: decidePublishAgenda },
  setGroupMode: { roles: FACILITATOR, decide: decideSetGroupMode },
  assignGroups: { roles: FACILITATOR, decide: decideAssignGroups },
  moveParticipant: { roles: FACILITATOR, decide: decideMoveParticipant },
  startTimer: { roles: FACILITATOR, decide: decideStartTimer },
  stopTimer: { roles: FACILITATOR, decide: decideStopTimer },
  setCurrentSlot: { roles: FACILITATOR, decide: decideSetCurrentSlot },
  setSpotlight: { roles: FACILITATOR, decide: decideSetSpotlight },
  publishNotes: { roles: FACILITATOR, decide: decidePublishNotes },
  joinGroup: { roles: PARTICIPANT, decide: decideJoinGroup },
  leaveGroup: { roles: PARTICIPANT, decide: decideLeaveGroup },
  checkIn: { roles: PARTICIPANT, decide: decideCheckIn },
  openConvergence: { roles: FACILITATOR, decide: decideOpenConvergence },
  closeConvergence: { roles: FACILITATOR, decide: decideCloseConvergence },
  revealConvergence: { roles: FACILITATOR, decide: decideRevealConvergence },
  placeProposalDot: { roles: PEOPLE, decide: decidePlaceProposalDot },
  removeProposalDot: { roles: PEOPLE, decide: decideRemoveProposalDot },
  translateTopic: { roles: PEOPLE, decide: decideTranslateTopic },
  removeTopicTranslation: { roles: PEOPLE, decide: decideRemoveTopicTranslation },
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

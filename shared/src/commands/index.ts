import type { z } from 'zod';
import type { DecideContext, Role } from '../model/actor.ts';
import type { SessionState } from '../model/session.ts';
import { fail } from '../protocol/errors.ts';
import { decideAddPaperParticipant } from './addPaperParticipant.ts';
import type { CommandSchema } from './command.schema.ts';
import type { Decide, Decision } from './decision.ts';
import { decideAddSpace } from './addSpace.ts';
import { decideUpdateSpace } from './updateSpace.ts';
import { decideRemoveSpace } from './removeSpace.ts';
import { decideAddSlot } from './addSlot.ts';
import { decideUpdateSlot } from './updateSlot.ts';
import { decideRemoveSlot } from './removeSlot.ts';
import { decideProposeAgenda } from './proposeAgenda.ts';
import { decideMoveTopic } from './moveTopic.ts';
import { decideLockTopic } from './lockTopic.ts';
import { decidePublishAgenda } from './publishAgenda.ts';
import { decideSetGroupMode } from './setGroupMode.ts';
import { decideAssignGroups } from './assignGroups.ts';
import { decideMoveParticipant } from './moveParticipant.ts';
import { decideStartTimer } from './startTimer.ts';
import { decideStopTimer } from './stopTimer.ts';
import { decideSetCurrentSlot } from './setCurrentSlot.ts';
import { decideSetSpotlight } from './setSpotlight.ts';
import { decidePublishNotes } from './publishNotes.ts';
import { decideJoinGroup } from './joinGroup.ts';
import { decideLeaveGroup } from './leaveGroup.ts';
import { decideCheckIn } from './checkIn.ts';
import { decideEditTopic } from './editTopic.ts';
import { decideSetTopicHidden } from './hideTopic.ts';
import { decideMergeTopics } from './mergeTopics.ts';
import { decidePlaceDot } from './placeDot.ts';
import { decideProposeTopic } from './proposeTopic.ts';
import { decideRemoveDot } from './removeDot.ts';
import { decideRevealTallies } from './revealTallies.ts';
import { decideSetPhase } from './setPhase.ts';
import { decideUpdateVoteSettings } from './updateVoteSettings.ts';
import { decideWithdrawTopic } from './withdrawTopic.ts';
import { decideOpenConvergence } from './openConvergence.ts';
import { decideCloseConvergence } from './closeConvergence.ts';
import { decideRevealConvergence } from './revealConvergence.ts';
import { decidePlaceProposalDot } from './placeProposalDot.ts';
import { decideRemoveProposalDot } from './removeProposalDot.ts';
import { decideTranslateTopic } from './translateTopic.ts';
import { decideRemoveTopicTranslation } from './removeTopicTranslation.ts';

// No zod here: a phone folds its unsent commands through these decides (offline.ts), and the
// schemas that check what arrives (command.schema.ts) are the server's to load.
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

import { z } from 'zod';
import { AddPaperParticipantSchema } from './addPaperParticipant.schema.ts';
import { AddSlotSchema } from './addSlot.schema.ts';
import { AddSpaceSchema } from './addSpace.schema.ts';
import { AssignGroupsSchema } from './assignGroups.schema.ts';
import { CheckInSchema } from './checkIn.schema.ts';
import { CloseConvergenceSchema } from './closeConvergence.schema.ts';
import { EditTopicSchema } from './editTopic.schema.ts';
import { SetTopicHiddenSchema } from './hideTopic.schema.ts';
import { JoinGroupSchema } from './joinGroup.schema.ts';
import { LeaveGroupSchema } from './leaveGroup.schema.ts';
import { LockTopicSchema } from './lockTopic.schema.ts';
import { MergeTopicsSchema } from './mergeTopics.schema.ts';
import { MoveParticipantSchema } from './moveParticipant.schema.ts';
import { MoveTopicSchema } from './moveTopic.schema.ts';
import { OpenConvergenceSchema } from './openConvergence.schema.ts';
import { PlaceDotSchema } from './placeDot.schema.ts';
import { PlaceProposalDotSchema } from './placeProposalDot.schema.ts';
import { ProposeAgendaSchema } from './proposeAgenda.schema.ts';
import { ProposeTopicSchema } from './proposeTopic.schema.ts';
import { PublishAgendaSchema } from './publishAgenda.schema.ts';
import { PublishNotesSchema } from './publishNotes.schema.ts';
import { RemoveDotSchema } from './removeDot.schema.ts';
import { RemoveProposalDotSchema } from './removeProposalDot.schema.ts';
import { RemoveSlotSchema } from './removeSlot.schema.ts';
import { RemoveSpaceSchema } from './removeSpace.schema.ts';
import { RemoveTopicTranslationSchema } from './removeTopicTranslation.schema.ts';
import { RevealConvergenceSchema } from './revealConvergence.schema.ts';
import { RevealTalliesSchema } from './revealTallies.schema.ts';
import { SetCurrentSlotSchema } from './setCurrentSlot.schema.ts';
import { SetGroupModeSchema } from './setGroupMode.schema.ts';
import { SetPhaseSchema } from './setPhase.schema.ts';
import { SetSpotlightSchema } from './setSpotlight.schema.ts';
import { StartTimerSchema } from './startTimer.schema.ts';
import { StopTimerSchema } from './stopTimer.schema.ts';
import { TranslateTopicSchema } from './translateTopic.schema.ts';
import { UpdateSlotSchema } from './updateSlot.schema.ts';
import { UpdateSpaceSchema } from './updateSpace.schema.ts';
import { UpdateVoteSettingsSchema } from './updateVoteSettings.schema.ts';
import { WithdrawTopicSchema } from './withdrawTopic.schema.ts';

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

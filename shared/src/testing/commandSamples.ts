import type { Command, CommandType } from '../commands/index.ts';
import type { StoredEvent } from '../events/events.ts';
import type { Role } from '../model/actor.ts';
import { running, scheduled } from './agendaStory.ts';
import { closing, converging } from './convergenceStory.ts';
import { ev, NOW } from './fixtures.ts';

const market: StoredEvent[] = [
  ev.joined('p1'),
  ev.joined('p2'),
  ev.paperJoined('paper1'),
  ev.phase('marketplace'),
  ev.proposed('t1', 'p1'),
  ev.proposed('t2', 'p2'),
  ev.proposed('tp', 'paper1', { enteredByFacilitator: true }),
];
const voting: StoredEvent[] = [...market, ev.phase('voting'), ev.dot('p1', 't1'), ev.dot('paper1', 't1', true)];
/** Breakouts under way: p1 sits in t1's group of sl1, a timer runs. */
const breakouts: StoredEvent[] = [...running, ev.groupJoined('p1', 'sl1', 't1'), ev.timerStarted(NOW + 60_000, 'sl1')];
const space = { name: 'Ouessant', capacity: 12, language: 'Français', interpreter: true };

/**
 * One valid command of every type, each with a story (fixture ids: p1-p3, paper1, t1, t2, tp,
 * sp1, sl1, pr1...) in which it is accepted from every role allowed to send it. Shared by the
 * role matrix of `decide` and the authorisation matrix over real sockets (tests/integration).
 */
export const SAMPLES = {
  setPhase: { story: market, command: () => ({ type: 'setPhase', phase: 'voting' }) },
  updateVoteSettings: {
    story: market,
    command: () => ({ type: 'updateVoteSettings', settings: { dotBudget: 5, allowStacking: true, tallyMode: 'hidden' } }),
  },
  revealTallies: { story: market, command: () => ({ type: 'revealTallies', revealed: true }) },
  addPaperParticipant: { story: market, command: () => ({ type: 'addPaperParticipant', pseudonym: 'X' }) },
  proposeTopic: {
    story: market,
    command: (role) => ({
      type: 'proposeTopic',
      title: 'T',
      description: '',
      themeId: null,
      ...(role === 'participant' ? {} : { asParticipantId: 'paper1' }),
    }),
  },
  editTopic: { story: market, command: () => ({ type: 'editTopic', topicId: 't1', title: 'T', description: '', themeId: null }) },
  withdrawTopic: { story: market, command: (role) => ({ type: 'withdrawTopic', topicId: role === 'participant' ? 't1' : 'tp' }) },
  translateTopic: { story: market, command: () => ({ type: 'translateTopic', topicId: 't1', language: 'ar', title: 'موضوع' }) },
  removeTopicTranslation: {
    story: [...market, ev.translated('t1', 'ar', 'p1')],
    command: () => ({ type: 'removeTopicTranslation', topicId: 't1', language: 'ar' }),
  },
  setTopicHidden: { story: market, command: () => ({ type: 'setTopicHidden', topicId: 't1', hidden: true }) },
  mergeTopics: { story: market, command: () => ({ type: 'mergeTopics', sourceId: 't2', targetId: 't1' }) },
  placeDot: {
    story: voting,
    command: (role) => (role === 'participant' ? { type: 'placeDot', topicId: 't2' } : { type: 'placeDot', topicId: 't2', asParticipantId: 'paper1' }),
  },
  removeDot: {
    story: voting,
    command: (role) => (role === 'participant' ? { type: 'removeDot', topicId: 't1' } : { type: 'removeDot', topicId: 't1', asParticipantId: 'paper1' }),
  },
  addSpace: { story: scheduled, command: () => ({ type: 'addSpace', space }) },
  updateSpace: { story: scheduled, command: () => ({ type: 'updateSpace', space: { ...space, id: 'sp1' } }) },
  removeSpace: { story: scheduled, command: () => ({ type: 'removeSpace', spaceId: 'sp2' }) },
  addSlot: { story: scheduled, command: () => ({ type: 'addSlot', times: { start: '14:00', end: '15:30' } }) },
  updateSlot: { story: scheduled, command: () => ({ type: 'updateSlot', slotId: 'sl2', times: { start: '10:15', end: '11:15' } }) },
  removeSlot: { story: scheduled, command: () => ({ type: 'removeSlot', slotId: 'sl2' }) },
  proposeAgenda: { story: scheduled, command: () => ({ type: 'proposeAgenda' }) },
  moveTopic: { story: scheduled, command: () => ({ type: 'moveTopic', topicId: 't1', to: null }) },
  lockTopic: { story: scheduled, command: () => ({ type: 'lockTopic', topicId: 't1', locked: true }) },
  publishAgenda: { story: scheduled, command: () => ({ type: 'publishAgenda', published: true }) },
  setGroupMode: { story: scheduled, command: () => ({ type: 'setGroupMode', mode: 'free' }) },
  assignGroups: { story: scheduled, command: () => ({ type: 'assignGroups' }) },
  moveParticipant: { story: breakouts, command: () => ({ type: 'moveParticipant', participantId: 'p2', slotId: 'sl1', topicId: 't2' }) },
  startTimer: { story: breakouts, command: () => ({ type: 'startTimer', durationSeconds: 300, slotId: null }) },
  stopTimer: { story: breakouts, command: () => ({ type: 'stopTimer' }) },
  setCurrentSlot: { story: breakouts, command: () => ({ type: 'setCurrentSlot', slotId: 'sl2' }) },
  setSpotlight: { story: scheduled, command: () => ({ type: 'setSpotlight', topicId: 't1' }) },
  publishNotes: { story: breakouts, command: () => ({ type: 'publishNotes', published: true }) },
  joinGroup: { story: breakouts, command: () => ({ type: 'joinGroup', slotId: 'sl1', topicId: 't2' }) },
  leaveGroup: { story: breakouts, command: () => ({ type: 'leaveGroup', slotId: 'sl1' }) },
  checkIn: { story: breakouts, command: () => ({ type: 'checkIn', spaceId: 'sp2' }) },
  openConvergence: { story: closing, command: () => ({ type: 'openConvergence', proposals: [{ slotId: 'sl1', topicId: 't1', text: 'P' }] }) },
  closeConvergence: { story: converging, command: () => ({ type: 'closeConvergence' }) },
  revealConvergence: { story: converging, command: () => ({ type: 'revealConvergence', revealed: true }) },
  placeProposalDot: {
    story: converging,
    command: (role) =>
      role === 'participant' ? { type: 'placeProposalDot', proposalId: 'pr1' } : { type: 'placeProposalDot', proposalId: 'pr1', asParticipantId: 'paper1' },
  },
  removeProposalDot: {
    story: [...converging, ev.proposalDot('p1', 'pr1'), ev.proposalDot('paper1', 'pr1', true)],
    command: (role) =>
      role === 'participant'
        ? { type: 'removeProposalDot', proposalId: 'pr1' }
        : { type: 'removeProposalDot', proposalId: 'pr1', asParticipantId: 'paper1' },
  },
} satisfies { [T in CommandType]: { story: StoredEvent[]; command: (role: Role) => Extract<Command, { type: T }> } };

import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../events/events.ts';
import type { Actor, Role } from '../model/actor.ts';
import { running, scheduled } from '../testing/agendaStory.ts';
import { closing, converging } from '../testing/convergenceStory.ts';
import { ev, FACILITATOR, NOW, participant, PROJECTOR } from '../testing/fixtures.ts';
import { given } from '../testing/scenario.ts';
import { COMMANDS, CommandSchema, mayRoleSend, type Command, type CommandType } from './index.ts';

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

/** For each command: a story in which it is accepted from every role allowed to send it. */
const SAMPLES = {
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

const ACTORS: Record<Role, Actor> = { facilitator: FACILITATOR, participant: participant('p1'), projector: PROJECTOR };

/** Who may send what: the whole policy in one table. */
const ALLOWED: Record<CommandType, readonly Role[]> = {
  setPhase: ['facilitator'],
  updateVoteSettings: ['facilitator'],
  revealTallies: ['facilitator'],
  addPaperParticipant: ['facilitator'],
  proposeTopic: ['facilitator', 'participant'],
  editTopic: ['facilitator', 'participant'],
  withdrawTopic: ['facilitator', 'participant'],
  // Anyone may help others read a topic; the facilitator moderates translations too.
  translateTopic: ['facilitator', 'participant'],
  removeTopicTranslation: ['facilitator', 'participant'],
  setTopicHidden: ['facilitator'],
  mergeTopics: ['facilitator'],
  placeDot: ['facilitator', 'participant'],
  removeDot: ['facilitator', 'participant'],
  addSpace: ['facilitator'],
  updateSpace: ['facilitator'],
  removeSpace: ['facilitator'],
  addSlot: ['facilitator'],
  updateSlot: ['facilitator'],
  removeSlot: ['facilitator'],
  proposeAgenda: ['facilitator'],
  moveTopic: ['facilitator'],
  lockTopic: ['facilitator'],
  publishAgenda: ['facilitator'],
  setGroupMode: ['facilitator'],
  assignGroups: ['facilitator'],
  moveParticipant: ['facilitator'],
  startTimer: ['facilitator'],
  stopTimer: ['facilitator'],
  setCurrentSlot: ['facilitator'],
  setSpotlight: ['facilitator'],
  publishNotes: ['facilitator'],
  // Moving oneself is personal: the facilitator moves people with moveParticipant instead.
  joinGroup: ['participant'],
  leaveGroup: ['participant'],
  checkIn: ['participant'],
  openConvergence: ['facilitator'],
  closeConvergence: ['facilitator'],
  revealConvergence: ['facilitator'],
  // As with placeDot: the facilitator votes only for paper participants.
  placeProposalDot: ['facilitator', 'participant'],
  removeProposalDot: ['facilitator', 'participant'],
};

const matrix = (Object.keys(SAMPLES) as CommandType[]).flatMap((type) =>
  (['facilitator', 'participant', 'projector'] as const).map((role) => ({ type, role, allowed: ALLOWED[type].includes(role) })),
);

describe('the role matrix', () => {
  it.each(matrix)('$type from the $role: allowed=$allowed', ({ type, role, allowed }) => {
    expect(mayRoleSend(role, type)).toBe(allowed);
    const sample = SAMPLES[type];
    const outcome = given(...sample.story).when(sample.command(role), ACTORS[role]);
    if (allowed) expect(outcome.decision.ok, JSON.stringify(outcome.decision)).toBe(true);
    else outcome.thenError('FORBIDDEN');
  });

  it('forbids the projector everything', () => {
    expect(matrix.filter((m) => m.role === 'projector' && m.allowed)).toStrictEqual([]);
  });

  it('has one handler per command of the schema, and a sample valid for the schema', () => {
    const schemaTypes = CommandSchema.options.map((option) => option.shape.type.value).sort();
    expect(Object.keys(COMMANDS).sort()).toStrictEqual(schemaTypes);
    for (const type of schemaTypes) {
      for (const role of ALLOWED[type]) expect(CommandSchema.safeParse(SAMPLES[type].command(role)).success).toBe(true);
    }
  });

  it('refuses an unknown command type (VALIDATION at the edge)', () => {
    expect(CommandSchema.safeParse({ type: 'deleteSession' }).success).toBe(false);
  });
});

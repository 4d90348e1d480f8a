import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../model/actor.ts';
import { SAMPLES } from '../testing/commandSamples.ts';
import { FACILITATOR, participant, PROJECTOR } from '../testing/fixtures.ts';
import { given } from '../testing/scenario.ts';
import { CommandSchema } from './command.schema.ts';
import { COMMANDS, mayRoleSend, type CommandType } from './index.ts';

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

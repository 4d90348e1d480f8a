import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../events/events.ts';
import type { Actor, Role } from '../model/actor.ts';
import { ev, FACILITATOR, participant, PROJECTOR } from '../testing/fixtures.ts';
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
  setTopicHidden: ['facilitator'],
  mergeTopics: ['facilitator'],
  placeDot: ['facilitator', 'participant'],
  removeDot: ['facilitator', 'participant'],
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

import { describe, expect, it } from 'vitest';
import type { Actor } from '../model/actor.ts';
import type { ErrorCode } from '../protocol/errors.ts';
import { dots, ev, FACILITATOR, participant, PROJECTOR } from '../testing/fixtures.ts';
import { given } from '../testing/scenario.ts';
import { type RemoveDot } from './removeDot.ts';
import { RemoveDotSchema } from './removeDot.schema.ts';

const voting = [
  ev.joined('p1'),
  ev.joined('p2'),
  ev.paperJoined('paper1'),
  ev.phase('marketplace'),
  ev.proposed('t1', 'p1'),
  ev.proposed('t2', 'p2'),
  ev.phase('voting'),
  ev.dot('p1', 't1'),
  ev.dot('p2', 't2'),
  ev.dot('paper1', 't1', true),
];
const remove = (topicId = 't1', asParticipantId?: string): RemoveDot =>
  asParticipantId === undefined ? { type: 'removeDot', topicId } : { type: 'removeDot', topicId, asParticipantId };

describe('removeDot', () => {
  it('takes a participant’s dot back', () => {
    const { state } = given(...voting).when(remove(), participant('p1')).then(ev.undot('p1', 't1'));
    expect(state.dots.p1?.t1).toBeUndefined();
    expect(state.tallies).toStrictEqual({ t1: 1, t2: 1 });
  });

  it('accepts a participant naming themselves as asParticipantId', () => {
    given(...voting).when(remove('t1', 'p1'), participant('p1')).then(ev.undot('p1', 't1'));
  });

  it('lets the facilitator take back a paper participant’s dot, and says so', () => {
    given(...voting).when(remove('t1', 'paper1')).then(ev.undot('paper1', 't1', true));
  });

  it('takes back one dot of a stack', () => {
    const { state } = given(...voting, ev.settings({ allowStacking: true }), ...dots('p2', 't1', 2))
      .when(remove(), participant('p2'))
      .then(ev.undot('p2', 't1'));
    expect(state.dots.p2).toStrictEqual({ t1: 1, t2: 1 });
    expect(state.tallies).toStrictEqual({ t1: 3, t2: 1 });
  });

  it.each<[string, RemoveDot, Actor, ErrorCode]>([
    ['the participant has no dot there (someone else has)', remove('t2'), participant('p1'), 'NOT_FOUND'],
    ['the topic does not exist', remove('ghost'), participant('p1'), 'NOT_FOUND'],
    ['the participant is unknown', remove(), participant('ghost'), 'NOT_FOUND'],
    ['a participant takes back someone else’s dot', remove('t2', 'p2'), participant('p1'), 'FORBIDDEN'],
    ['a participant takes back a paper participant’s dot', remove('t1', 'paper1'), participant('p1'), 'FORBIDDEN'],
    ['the facilitator says for nobody', remove(), FACILITATOR, 'VALIDATION'],
    ['the facilitator acts for a phone participant', remove('t1', 'p1'), FACILITATOR, 'FORBIDDEN'],
    ['the facilitator acts for someone unknown', remove('t1', 'ghost'), FACILITATOR, 'NOT_FOUND'],
    ['the projector acts', remove(), PROJECTOR, 'FORBIDDEN'],
  ])('refuses when %s', (_, command, actor, code) => {
    given(...voting).when(command, actor).thenError(code);
  });

  it.each([['lobby'], ['marketplace']] as const)('refuses with WRONG_PHASE once the vote is closed (%s)', (phase) => {
    given(...voting, ev.phase(phase)).when(remove(), participant('p1')).thenError('WRONG_PHASE');
    given(...voting, ev.phase(phase)).when(remove('t1', 'paper1')).thenError('WRONG_PHASE');
  });

  it('refuses with NOT_FOUND a dot that hiding the topic already gave back', () => {
    given(...voting, ev.hidden('t1')).when(remove(), participant('p1')).thenError('NOT_FOUND');
  });

  it('refuses a malformed topic id (VALIDATION at the edge)', () => {
    expect(RemoveDotSchema.safeParse({ type: 'removeDot', topicId: 't 1' }).success).toBe(false);
  });
});

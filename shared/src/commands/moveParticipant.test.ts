import { describe, expect, it } from 'vitest';
import { planning, running, scheduled } from '../testing/agendaStory.ts';
import { ev, participant, PROJECTOR } from '../testing/fixtures.ts';
import { given } from '../testing/scenario.ts';

const move = (participantId: string, slotId: string, topicId: string | null) => ({
  type: 'moveParticipant' as const,
  participantId,
  slotId,
  topicId,
});

describe('moveParticipant', () => {
  it('seats someone in a group', () => {
    const { state } = given(...running)
      .when(move('paper1', 'sl1', 't2'))
      .then(ev.groupJoined('paper1', 'sl1', 't2', null, 'facilitator'));
    expect(state.breakouts.members).toStrictEqual({ sl1: { paper1: 't2' } });
    expect(state.breakouts.headcounts).toStrictEqual({ sl1: { t2: 1 } });
  });

  it('moves someone from their group to another', () => {
    given(...running, ev.groupJoined('p1', 'sl1', 't1'))
      .when(move('p1', 'sl1', 't2'))
      .then(ev.groupJoined('p1', 'sl1', 't2', 't1', 'facilitator'));
  });

  it('takes someone out of their group with no topic', () => {
    const { state } = given(...running, ev.groupJoined('p1', 'sl1', 't1'))
      .when(move('p1', 'sl1', null))
      .then(ev.groupLeft('p1', 'sl1', 't1', 'facilitator'));
    expect(state.breakouts.members).toStrictEqual({});
    expect(state.breakouts.headcounts).toStrictEqual({});
  });

  it('prepares groups before the agenda is out, in any mode', () => {
    given(...scheduled, ev.groupMode('free')).when(move('p1', 'sl2', 't3')).then(ev.groupJoined('p1', 'sl2', 't3', null, 'facilitator'));
  });

  it('refuses with CONFLICT a full group: the facilitator keeps the capacity promise too', () => {
    given(...running, ev.groupJoined('p2', 'sl1', 't2'), ev.groupJoined('p3', 'sl1', 't2')).when(move('p1', 'sl1', 't2')).thenError('CONFLICT');
  });

  it('refuses with CONFLICT a move to the group someone is in, or out of no group', () => {
    given(...running, ev.groupJoined('p1', 'sl1', 't1')).when(move('p1', 'sl1', 't1')).thenError('CONFLICT');
    given(...running).when(move('p1', 'sl1', null)).thenError('CONFLICT');
  });

  it.each([
    ['an unknown participant', move('ghost', 'sl1', 't1')],
    ['an unknown slot', move('p1', 'ghost', 't1')],
    ['a topic meeting in another slot', move('p1', 'sl1', 't3')],
    ['an unknown topic', move('p1', 'sl1', 'ghost')],
  ])('refuses with NOT_FOUND %s', (_, command) => {
    given(...running).when(command).thenError('NOT_FOUND');
  });

  it('refuses with NOT_FOUND an unscheduled topic', () => {
    given(...planning).when(move('p1', 'sl1', 't1')).thenError('NOT_FOUND');
  });

  it.each([
    ['a participant, even to move themselves', participant('p1')],
    ['the projector', PROJECTOR],
  ])('is FORBIDDEN to %s', (_, actor) => {
    given(...running).when(move('p1', 'sl1', 't1'), actor).thenError('FORBIDDEN');
  });
});

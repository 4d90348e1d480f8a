import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../events/events.ts';
import type { PhaseId } from '../model/phase.ts';
import { groupMoveRefusal } from '../rules/agenda.ts';
import { published, running, scheduled } from '../testing/agendaStory.ts';
import { ev, FACILITATOR, participant, PROJECTOR } from '../testing/fixtures.ts';
import { given } from '../testing/scenario.ts';

/** running: the agenda is out, breakouts under way; sl1 = t1 (3 seats), t2 (2 seats); sl2 = t3, tp. */
const join = (slotId: string, topicId: string) => ({ type: 'joinGroup' as const, slotId, topicId });
const p1 = participant('p1');

describe('joinGroup (the law of two feet)', () => {
  it('seats a participant in a group of a slot', () => {
    const { state } = given(...running).when(join('sl1', 't1'), p1).then(ev.groupJoined('p1', 'sl1', 't1'));
    expect(state.breakouts.members).toStrictEqual({ sl1: { p1: 't1' } });
    expect(state.breakouts.headcounts).toStrictEqual({ sl1: { t1: 1 } });
  });

  it('moves them from the group they sat in, which the event names', () => {
    const { state } = given(...running, ev.assigned({ sl1: { p1: 't1', p3: 't1' } }))
      .when(join('sl1', 't2'), p1)
      .then(ev.groupJoined('p1', 'sl1', 't2', 't1'));
    expect(state.breakouts.members).toStrictEqual({ sl1: { p1: 't2', p3: 't1' } });
    expect(state.breakouts.headcounts).toStrictEqual({ sl1: { t1: 1, t2: 1 } });
  });

  it('joins a group of a slot that is not the current one', () => {
    given(...running).when(join('sl2', 't3'), p1).then(ev.groupJoined('p1', 'sl2', 't3'));
  });

  it('takes the last free seat', () => {
    given(...running, ev.groupJoined('p2', 'sl1', 't2')).when(join('sl1', 't2'), p1).then(ev.groupJoined('p1', 'sl1', 't2'));
  });

  it('refuses with CONFLICT a full group', () => {
    given(...running, ev.groupJoined('p2', 'sl1', 't2'), ev.groupJoined('p3', 'sl1', 't2')).when(join('sl1', 't2'), p1).thenError('CONFLICT');
  });

  it('refuses with CONFLICT the group one already sits in', () => {
    given(...running, ev.groupJoined('p1', 'sl1', 't1')).when(join('sl1', 't1'), p1).thenError('CONFLICT');
  });

  it.each([
    ['a topic meeting in another slot', join('sl1', 't3')],
    ['an unknown slot', join('ghost', 't1')],
    ['an unknown topic', join('sl1', 'ghost')],
  ])('refuses with NOT_FOUND %s: the topic must meet in that slot', (_, command) => {
    given(...running).when(command, p1).thenError('NOT_FOUND');
  });

  it('refuses with NOT_FOUND an unscheduled topic', () => {
    given(...running, ev.topicMoved('t2', null)).when(join('sl1', 't2'), p1).thenError('NOT_FOUND');
  });

  it('refuses with NOT_FOUND someone who never joined the session', () => {
    given(...running).when(join('sl1', 't1'), participant('p9')).thenError('NOT_FOUND');
  });

  describe('when groups may be chosen', () => {
    const inPhase = (phase: PhaseId, mode: 'assigned' | 'free', story: StoredEvent[] = published) =>
      given(...story, ev.groupMode(mode), ...(phase === 'agenda' ? [] : [ev.phase(phase)]));

    it.each(['assigned', 'free'] as const)('refuses with WRONG_PHASE before the agenda is published (%s mode)', (mode) => {
      inPhase('breakouts', mode, scheduled).when(join('sl1', 't1'), p1).thenError('WRONG_PHASE');
      inPhase('agenda', mode, scheduled).when(join('sl1', 't1'), p1).thenError('WRONG_PHASE');
    });

    it('refuses with WRONG_PHASE once the agenda is taken back', () => {
      given(...running, ev.published(false)).when(join('sl1', 't1'), p1).thenError('WRONG_PHASE');
    });

    it.each<[PhaseId, 'assigned' | 'free', boolean]>([
      ['breakouts', 'assigned', true],
      ['agenda', 'assigned', false],
      ['voting', 'assigned', false],
      ['closing', 'assigned', false],
      ['breakouts', 'free', true],
      ['agenda', 'free', true],
      ['voting', 'free', false],
      ['marketplace', 'free', false],
      ['closing', 'free', false],
    ])('in the %s phase, %s mode: allowed=%s', (phase, mode, allowed) => {
      const outcome = inPhase(phase, mode).when(join('sl1', 't1'), p1);
      if (allowed) outcome.then(ev.groupJoined('p1', 'sl1', 't1'));
      else outcome.thenError('WRONG_PHASE');
      // The buttons ask the same rule.
      expect(groupMoveRefusal(inPhase(phase, mode).state, 'p1', 'sl1', 't1')).toBe(allowed ? null : 'WRONG_PHASE');
    });
  });

  it.each([
    ['the facilitator (who moves people with moveParticipant)', FACILITATOR],
    ['the projector', PROJECTOR],
  ])('is FORBIDDEN to %s', (_, actor) => {
    given(...running).when(join('sl1', 't1'), actor).thenError('FORBIDDEN');
  });
});

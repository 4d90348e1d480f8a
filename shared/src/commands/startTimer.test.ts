import { describe, expect, it } from 'vitest';
import { TIMER_MAX_SECONDS } from '../model/agenda.ts';
import { running } from '../testing/agendaStory.ts';
import { ev, NOW, participant, PROJECTOR } from '../testing/fixtures.ts';
import { given } from '../testing/scenario.ts';
import { StartTimerSchema } from './startTimer.schema.ts';

const start = (durationSeconds: number, slotId: string | null = null) => ({ type: 'startTimer' as const, durationSeconds, slotId });

describe('startTimer', () => {
  it('stores an absolute end time, now plus the duration, so every screen ends at the same instant', () => {
    const { state } = given(...running).when(start(45 * 60, 'sl1')).then(ev.timerStarted(NOW + 45 * 60 * 1000, 'sl1'));
    expect(state.breakouts.timer).toStrictEqual({ endsAt: NOW + 2_700_000, slotId: 'sl1' });
  });

  it('times a phase with no slot', () => {
    given(...running).when(start(90)).then(ev.timerStarted(NOW + 90_000, null));
  });

  it('replaces a running timer', () => {
    given(...running, ev.timerStarted(NOW + 5_000, 'sl1')).when(start(600, 'sl2')).then(ev.timerStarted(NOW + 600_000, 'sl2'));
  });

  it('refuses with NOT_FOUND an unknown slot', () => {
    given(...running).when(start(60, 'ghost')).thenError('NOT_FOUND');
  });

  it.each([
    ['a participant', participant('p1')],
    ['the projector', PROJECTOR],
  ])('is FORBIDDEN to %s', (_, actor) => {
    given(...running).when(start(60), actor).thenError('FORBIDDEN');
  });

  it.each([
    ['no time at all', 0],
    ['a fraction of a second', 1.5],
    ['a negative duration', -60],
    ['more than an afternoon', TIMER_MAX_SECONDS + 1],
  ])('refuses %s (VALIDATION at the edge)', (_, durationSeconds) => {
    expect(StartTimerSchema.safeParse(start(durationSeconds)).success).toBe(false);
  });

  it('accepts the longest timer', () => {
    expect(StartTimerSchema.safeParse(start(TIMER_MAX_SECONDS)).success).toBe(true);
  });
});

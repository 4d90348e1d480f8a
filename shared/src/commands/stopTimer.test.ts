import { describe, expect, it } from 'vitest';
import { running } from '../testing/agendaStory.ts';
import { ev, NOW, participant, PROJECTOR } from '../testing/fixtures.ts';
import { given } from '../testing/scenario.ts';

const stop = { type: 'stopTimer' as const };
const ticking = [...running, ev.timerStarted(NOW + 60_000, 'sl1')];

describe('stopTimer', () => {
  it('stops the running timer', () => {
    const { state } = given(...ticking).when(stop).then(ev.timerStopped());
    expect(state.breakouts.timer).toBeNull();
  });

  it('refuses with CONFLICT when no timer runs', () => {
    given(...running).when(stop).thenError('CONFLICT');
    given(...ticking, ev.timerStopped()).when(stop).thenError('CONFLICT');
  });

  it.each([
    ['a participant', participant('p1')],
    ['the projector', PROJECTOR],
  ])('is FORBIDDEN to %s', (_, actor) => {
    given(...ticking).when(stop, actor).thenError('FORBIDDEN');
  });
});

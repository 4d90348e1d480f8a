import { describe, expect, it } from 'vitest';
import { running } from '../testing/agendaStory.ts';
import { ev, participant, PROJECTOR } from '../testing/fixtures.ts';
import { given } from '../testing/scenario.ts';
import { SetGroupModeSchema } from './setGroupMode.schema.ts';

const setMode = (mode: 'assigned' | 'free') => ({ type: 'setGroupMode' as const, mode });

describe('setGroupMode', () => {
  it('starts in assigned mode and switches to free choice, keeping the groups people sit in', () => {
    const story = given(...running, ev.groupJoined('p1', 'sl1', 't1'));
    expect(story.state.breakouts.mode).toBe('assigned');
    const { state } = story.when(setMode('free')).then(ev.groupMode('free'));
    expect(state.breakouts.mode).toBe('free');
    expect(state.breakouts.members).toStrictEqual({ sl1: { p1: 't1' } });
  });

  it('switches back to assigned mode', () => {
    given(...running, ev.groupMode('free')).when(setMode('assigned')).then(ev.groupMode('assigned'));
  });

  it('refuses with CONFLICT the mode already on', () => {
    given(...running).when(setMode('assigned')).thenError('CONFLICT');
    given(...running, ev.groupMode('free')).when(setMode('free')).thenError('CONFLICT');
  });

  it.each([
    ['a participant', participant('p1')],
    ['the projector', PROJECTOR],
  ])('is FORBIDDEN to %s', (_, actor) => {
    given(...running).when(setMode('free'), actor).thenError('FORBIDDEN');
  });

  it('refuses an unknown mode (VALIDATION at the edge)', () => {
    expect(SetGroupModeSchema.safeParse({ type: 'setGroupMode', mode: 'random' }).success).toBe(false);
  });
});

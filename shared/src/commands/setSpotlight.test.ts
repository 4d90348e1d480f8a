import { describe, expect, it } from 'vitest';
import { planning } from '../testing/agendaStory.ts';
import { ev, participant, PROJECTOR } from '../testing/fixtures.ts';
import { given } from '../testing/scenario.ts';

const spotlight = (topicId: string | null) => ({ type: 'setSpotlight' as const, topicId });

describe('setSpotlight', () => {
  it('puts a topic on the projector while its convener pitches it', () => {
    const { state } = given(...planning).when(spotlight('t1')).then(ev.spotlight('t1'));
    expect(state.breakouts.spotlightTopicId).toBe('t1');
  });

  it('passes the spotlight to another topic, scheduled or not', () => {
    given(...planning, ev.spotlight('t1')).when(spotlight('t2')).then(ev.spotlight('t2'));
  });

  it('ends the pitch', () => {
    given(...planning, ev.spotlight('t1')).when(spotlight(null)).then(ev.spotlight(null));
  });

  it.each([
    ['an unknown topic', [], 'ghost'],
    ['a hidden topic', [ev.hidden('t1')], 't1'],
    ['a withdrawn topic', [ev.withdrawn('t1')], 't1'],
  ])('refuses with NOT_FOUND %s', (_, more, topicId) => {
    given(...planning, ...more).when(spotlight(topicId)).thenError('NOT_FOUND');
  });

  it('refuses with CONFLICT the topic already in the spotlight, or no spotlight twice', () => {
    given(...planning, ev.spotlight('t1')).when(spotlight('t1')).thenError('CONFLICT');
    given(...planning).when(spotlight(null)).thenError('CONFLICT');
  });

  it.each([
    ['a participant, even the convener', participant('p1')],
    ['the projector', PROJECTOR],
  ])('is FORBIDDEN to %s', (_, actor) => {
    given(...planning).when(spotlight('t1'), actor).thenError('FORBIDDEN');
  });
});

import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../events/events.ts';
import { LIMITS } from '../model/limits.ts';
import type { Actor } from '../model/actor.ts';
import type { PhaseId } from '../model/phase.ts';
import type { ErrorCode } from '../protocol/errors.ts';
import { ev, FACILITATOR, NOW, participant, PROJECTOR } from '../testing/fixtures.ts';
import { given } from '../testing/scenario.ts';
import { type ProposeTopic } from './proposeTopic.ts';
import { ProposeTopicSchema } from './proposeTopic.schema.ts';

const people = [ev.joined('p1'), ev.joined('p2'), ev.paperJoined('paper1')];
const market = [...people, ev.phase('marketplace')];
const propose = (more: Partial<ProposeTopic> = {}): ProposeTopic => ({
  type: 'proposeTopic',
  title: 'Trouver un médecin',
  description: 'Sans carte vitale',
  themeId: 'th1',
  ...more,
});
const proposed = (proposerId: string, enteredByFacilitator: boolean) => ({
  type: 'TopicProposed' as const,
  topicId: 't_new1',
  title: 'Trouver un médecin',
  description: 'Sans carte vitale',
  themeId: 'th1',
  proposerId,
  enteredByFacilitator,
  at: NOW,
  language: null,
});
const topicsOf = (proposerId: string, n: number, prefix = proposerId): StoredEvent[] =>
  Array.from({ length: n }, (_, i) => ev.proposed(`${prefix}t${i}`, proposerId));

describe('proposeTopic', () => {
  it('records the language the phone says the title is written in', () => {
    given(...market).when(propose({ language: 'ps' }), participant('p1')).then({ ...proposed('p1', false), language: 'ps' });
  });

  it('records a participant’s topic under their name', () => {
    given(...market).when(propose(), participant('p1')).then(proposed('p1', false));
  });

  it('accepts a participant naming themselves as asParticipantId', () => {
    given(...market).when(propose({ asParticipantId: 'p1' }), participant('p1')).then(proposed('p1', false));
  });

  it('lets the facilitator enter a topic for a paper participant, and says so', () => {
    given(...market).when(propose({ asParticipantId: 'paper1' }), FACILITATOR).then(proposed('paper1', true));
  });

  it('accepts a topic with no theme', () => {
    given(...market)
      .when(propose({ themeId: null }), participant('p1'))
      .then({ ...proposed('p1', false), themeId: null });
  });

  it.each<[string, Partial<ProposeTopic>, Actor, ErrorCode]>([
    ['the facilitator says for nobody', {}, FACILITATOR, 'VALIDATION'],
    ['the facilitator acts for a phone participant', { asParticipantId: 'p1' }, FACILITATOR, 'FORBIDDEN'],
    ['the facilitator acts for someone unknown', { asParticipantId: 'ghost' }, FACILITATOR, 'NOT_FOUND'],
    ['a participant acts for someone else', { asParticipantId: 'p2' }, participant('p1'), 'FORBIDDEN'],
    ['a participant acts for a paper participant', { asParticipantId: 'paper1' }, participant('p1'), 'FORBIDDEN'],
    ['the participant is unknown', {}, participant('ghost'), 'NOT_FOUND'],
    ['the projector proposes', {}, PROJECTOR, 'FORBIDDEN'],
    ['the projector proposes for a paper participant', { asParticipantId: 'paper1' }, PROJECTOR, 'FORBIDDEN'],
    ['the theme does not exist', { themeId: 'th9' }, participant('p1'), 'NOT_FOUND'],
  ])('refuses when %s', (_, more, actor, code) => {
    given(...market).when(propose(more), actor).thenError(code);
  });

  it.each<PhaseId>(['lobby', 'voting'])('refuses with WRONG_PHASE in the %s', (phase) => {
    const story = phase === 'lobby' ? given(...people) : given(...market, ev.phase(phase));
    story.when(propose(), participant('p1')).thenError('WRONG_PHASE');
    story.when(propose({ asParticipantId: 'paper1' }), FACILITATOR).thenError('WRONG_PHASE');
  });

  describe('per-participant limit', () => {
    const full = [...market, ...topicsOf('p1', LIMITS.topicsPerParticipant), ...topicsOf('paper1', LIMITS.topicsPerParticipant)];

    it('refuses with CONFLICT one topic more than allowed', () => {
      given(...full).when(propose(), participant('p1')).thenError('CONFLICT');
    });

    it('applies to what the facilitator enters for a paper participant', () => {
      given(...full).when(propose({ asParticipantId: 'paper1' })).thenError('CONFLICT');
    });

    it('is counted per person: someone else may still propose', () => {
      given(...full).when(propose(), participant('p2')).then(proposed('p2', false));
    });

    it('gives a slot back when a topic is withdrawn', () => {
      given(...full, ev.withdrawn('p1t0')).when(propose(), participant('p1')).then(proposed('p1', false));
    });

    it('counts a topic merged into someone else’s, since the proposer stays named on it', () => {
      const story = [...market, ...topicsOf('p1', LIMITS.topicsPerParticipant), ev.proposed('x', 'p2'), ev.merged('p1t0', 'x')];
      given(...story).when(propose(), participant('p1')).thenError('CONFLICT');
    });
  });

  it('refuses with CONFLICT once the session holds as many topics as it can', () => {
    const many = Array.from({ length: LIMITS.topicsPerSession }, (_, i) => ev.joined(`q${i}`));
    const topics = many.map((j) => ev.proposed(`${j.participantId}t`, j.participantId));
    given(...market, ...many, ...topics).when(propose(), participant('p1')).thenError('CONFLICT');
  });
});

describe('ProposeTopicSchema', () => {
  it('trims title and description and defaults the description to empty', () => {
    expect(ProposeTopicSchema.parse({ type: 'proposeTopic', title: '  Santé ', themeId: null })).toStrictEqual({
      type: 'proposeTopic',
      title: 'Santé',
      description: '',
      themeId: null,
    });
  });

  it.each([
    ['an empty title', { title: '  ' }],
    ['a title too long', { title: 'x'.repeat(LIMITS.topicTitleMax + 1) }],
    ['a description too long', { description: 'x'.repeat(LIMITS.topicDescriptionMax + 1) }],
    ['no theme field', { themeId: undefined }],
    ['a malformed theme id', { themeId: 'th 1' }],
    ['a malformed participant id', { asParticipantId: '' }],
  ])('refuses %s (VALIDATION at the edge)', (_, bad) => {
    expect(ProposeTopicSchema.safeParse({ ...propose(), ...bad }).success).toBe(false);
  });
});

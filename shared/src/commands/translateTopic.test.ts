import { describe, expect, it } from 'vitest';
import type { Actor } from '../model/actor.ts';
import type { ErrorCode } from '../protocol/errors.ts';
import { titleFor } from '../rules/translations.ts';
import { ev, FACILITATOR, NOW, participant, PROJECTOR } from '../testing/fixtures.ts';
import { applyAll, given } from '../testing/scenario.ts';
import type { Command } from './index.ts';
import { TranslateTopicSchema } from './translateTopic.schema.ts';
import type { StoredEvent } from '../events/events.ts';

/** The state after an accepted command. */
function after(story: StoredEvent[], command: Command, actor?: Actor) {
  const start = given(...story);
  const { decision } = start.when(command, actor);
  if (!decision.ok) throw new Error(JSON.stringify(decision.error));
  return applyAll(start.state, decision.events);
}

const market = [
  ev.joined('p1'),
  ev.joined('p2'),
  ev.joined('p3'),
  ev.phase('marketplace'),
  ev.proposed('t1', 'p1', { title: 'Logement alternatif', language: 'fr' }),
  ev.proposed('t2', 'p2', { title: 'Old topic' }),
];
const translate = (topicId: string, language: 'en' | 'ar' | 'fr' | 'fa', title: string) => ({ type: 'translateTopic' as const, topicId, language, title });

describe('translateTopic', () => {
  it('lets any participant add a title in their language, kept beside the original', () => {
    const { state } = given(...market)
      .when(translate('t1', 'fa', 'مسکن بدیل'), participant('p2'))
      .then({ type: 'TopicTranslated', topicId: 't1', language: 'fa', title: 'مسکن بدیل', translatorId: 'p2', at: NOW });
    const topic = state.topics.t1!;
    expect(topic.title).toBe('Logement alternatif');
    expect(titleFor(topic, 'fa')).toStrictEqual({ original: 'Logement alternatif', translation: { title: 'مسکن بدیل', translatorId: 'p2', at: NOW } });
    expect(titleFor(topic, 'fr').translation).toBeNull();
    expect(titleFor(topic, 'en').translation).toBeNull();
  });

  it('works at every later stage too, since people read topics on the agenda', () => {
    given(...market, ev.phase('voting'), ev.phase('agenda')).when(translate('t1', 'en', 'Alternative housing'), participant('p3')).then(
      { type: 'TopicTranslated', topicId: 't1', language: 'en', title: 'Alternative housing', translatorId: 'p3', at: NOW },
    );
  });

  it('lets the translator or a facilitator replace a translation, and records who wrote it', () => {
    const story = [...market, ev.translated('t1', 'en', 'p2', 'Housing')];
    given(...story).when(translate('t1', 'en', 'Alternative housing'), participant('p2')).then(
      { type: 'TopicTranslated', topicId: 't1', language: 'en', title: 'Alternative housing', translatorId: 'p2', at: NOW },
    );
    given(...story).when(translate('t1', 'en', 'Other housing')).then(
      { type: 'TopicTranslated', topicId: 't1', language: 'en', title: 'Other housing', translatorId: null, at: NOW },
    );
  });

  it('accepts the same title again without a new event (a retried command changes nothing)', () => {
    given(...market, ev.translated('t1', 'en', 'p2', 'Housing')).when(translate('t1', 'en', 'Housing'), participant('p2')).then();
  });

  it.each<[string, string, 'en' | 'fr', Actor, ErrorCode]>([
    ['the topic does not exist', 'ghost', 'en', participant('p2'), 'NOT_FOUND'],
    ['the topic is written in that language already', 't1', 'fr', participant('p2'), 'CONFLICT'],
    ['someone else translated it into that language', 't1', 'en', participant('p3'), 'CONFLICT'],
    ['the projector tries', 't1', 'en', PROJECTOR, 'FORBIDDEN'],
    ['an unknown participant tries', 't1', 'en', participant('stranger'), 'NOT_FOUND'],
  ])('refuses when %s', (_, topicId, language, actor, code) => {
    given(...market, ev.translated('t1', 'en', 'p2', 'Housing')).when(translate(topicId, language, 'X'), actor).thenError(code);
  });

  it('hides a hidden topic from participants, not from the facilitator', () => {
    const story = [...market, { type: 'TopicHidden' as const, topicId: 't1' }];
    given(...story).when(translate('t1', 'en', 'X'), participant('p2')).thenError('NOT_FOUND');
    given(...story).when(translate('t1', 'en', 'X'), FACILITATOR).then({ type: 'TopicTranslated', topicId: 't1', language: 'en', title: 'X', translatorId: null, at: NOW });
  });

  it('refuses an empty or over-long title, or an unknown language, at the edge', () => {
    expect(TranslateTopicSchema.safeParse(translate('t1', 'en', '   ')).success).toBe(false);
    expect(TranslateTopicSchema.safeParse(translate('t1', 'en', 'x'.repeat(121))).success).toBe(false);
    expect(TranslateTopicSchema.safeParse({ ...translate('t1', 'en', 'X'), language: 'de' }).success).toBe(false);
    expect(TranslateTopicSchema.parse(translate('t1', 'en', '  Housing ')).title).toBe('Housing');
  });

  it('translates a topic of unknown language into any language', () => {
    given(...market).when(translate('t2', 'fr', 'Vieux sujet'), participant('p1')).then(
      { type: 'TopicTranslated', topicId: 't2', language: 'fr', title: 'Vieux sujet', translatorId: 'p1', at: NOW },
    );
  });
});

describe('removeTopicTranslation', () => {
  const story = [...market, ev.translated('t1', 'en', 'p2', 'Housing'), ev.translated('t1', 'ar', 'p3')];
  const remove = (language: 'en' | 'ar' | 'fa') => ({ type: 'removeTopicTranslation' as const, topicId: 't1', language });

  it('lets the translator remove their own translation', () => {
    const { state } = given(...story).when(remove('en'), participant('p2')).then({ type: 'TopicTranslationRemoved', topicId: 't1', language: 'en' });
    expect(Object.keys(state.topics.t1!.translations)).toStrictEqual(['ar']);
  });

  it('lets the facilitator remove any translation (moderation)', () => {
    given(...story).when(remove('ar')).then({ type: 'TopicTranslationRemoved', topicId: 't1', language: 'ar' });
  });

  it('refuses someone else, and a translation that is not there', () => {
    given(...story).when(remove('en'), participant('p3')).thenError('FORBIDDEN');
    given(...story).when(remove('fa'), participant('p2')).thenError('NOT_FOUND');
  });
});

describe('translations and topic changes', () => {
  it('are dropped when the original title changes, kept when only the description does', () => {
    const story = [...market, ev.translated('t1', 'en', 'p2', 'Housing')];
    const same = after(story, { type: 'editTopic', topicId: 't1', title: 'Logement alternatif', description: 'Habitat léger', themeId: null }, participant('p1'));
    expect(same.topics.t1!.translations.en?.title).toBe('Housing');
    const changed = after(story, { type: 'editTopic', topicId: 't1', title: 'Habitat partagé', description: '', themeId: null }, participant('p1'));
    expect(changed.topics.t1!.translations).toStrictEqual({});
    expect(changed.topics.t1!.language).toBe('fr');
  });

  it('records the language a topic is proposed in, and lets an edit correct it', () => {
    const state = after(market, { type: 'proposeTopic', title: 'Santé', description: '', themeId: null, language: 'ar' }, participant('p3'));
    const topic = Object.values(state.topics).find((t) => t.title === 'Santé')!;
    expect(topic.language).toBe('ar');
    const edited = after(market, { type: 'editTopic', topicId: 't1', title: 'Logement alternatif', description: '', themeId: null, language: 'en' }, participant('p1'));
    expect(edited.topics.t1!.language).toBe('en');
  });

  it('keeps the target’s translations when two topics merge', () => {
    const state = after([...market, ev.translated('t1', 'en', 'p2', 'Housing'), ev.translated('t2', 'ar', 'p3')], { type: 'mergeTopics', sourceId: 't2', targetId: 't1' });
    expect(Object.keys(state.topics.t1!.translations)).toStrictEqual(['en']);
  });
});

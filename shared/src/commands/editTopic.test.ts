import { describe, expect, it } from 'vitest';
import type { Actor } from '../model/actor.ts';
import type { ErrorCode } from '../protocol/errors.ts';
import { ev, FACILITATOR, participant, PROJECTOR } from '../testing/fixtures.ts';
import { given } from '../testing/scenario.ts';
import { type EditTopic } from './editTopic.ts';
import { EditTopicSchema } from './editTopic.schema.ts';

const market = [ev.joined('p1'), ev.joined('p2'), ev.phase('marketplace'), ev.proposed('t1', 'p1', { title: 'Médecin' })];
const edit = (more: Partial<EditTopic> = {}): EditTopic => ({
  type: 'editTopic',
  topicId: 't1',
  title: 'Trouver un médecin',
  description: 'Sans carte vitale',
  themeId: 'th2',
  ...more,
});
const edited = (byFacilitator: boolean) => ({
  type: 'TopicEdited' as const,
  topicId: 't1',
  title: 'Trouver un médecin',
  description: 'Sans carte vitale',
  themeId: 'th2',
  byFacilitator,
});

describe('editTopic', () => {
  it('lets the proposer reword their topic while the marketplace is open', () => {
    given(...market).when(edit(), participant('p1')).then(edited(false));
  });

  it('changes the title but keeps the original wording', () => {
    const { state } = given(...market).when(edit(), participant('p1')).then(edited(false));
    expect(state.topics.t1).toMatchObject({
      title: 'Trouver un médecin',
      themeId: 'th2',
      wordings: [{ title: 'Médecin', description: '', proposerId: 'p1' }],
    });
  });

  it('lets the facilitator edit any topic in any phase, hidden or not', () => {
    given(...market, ev.phase('voting')).when(edit()).then(edited(true));
    given(...market, ev.hidden('t1')).when(edit()).then(edited(true));
  });

  it('lets either proposer edit a merged topic', () => {
    given(...market, ev.proposed('t2', 'p2'), ev.merged('t2', 't1')).when(edit(), participant('p2')).then(edited(false));
  });

  it('moves a topic out of any theme', () => {
    given(...market).when(edit({ themeId: null }), participant('p1')).then({ ...edited(false), themeId: null });
  });

  it.each<[string, Partial<EditTopic>, Actor, ErrorCode]>([
    ['the topic does not exist', { topicId: 'ghost' }, participant('p1'), 'NOT_FOUND'],
    ['the topic does not exist (facilitator)', { topicId: 'ghost' }, FACILITATOR, 'NOT_FOUND'],
    ['someone else edits it', {}, participant('p2'), 'FORBIDDEN'],
    ['an unknown participant edits it', {}, participant('ghost'), 'FORBIDDEN'],
    ['the projector edits it', {}, PROJECTOR, 'FORBIDDEN'],
    ['the proposer picks an unknown theme', { themeId: 'th9' }, participant('p1'), 'NOT_FOUND'],
    ['the facilitator picks an unknown theme', { themeId: 'th9' }, FACILITATOR, 'NOT_FOUND'],
  ])('refuses when %s', (_, more, actor, code) => {
    given(...market).when(edit(more), actor).thenError(code);
  });

  it.each([['lobby'], ['voting']] as const)('refuses with WRONG_PHASE the proposer’s edit in the %s', (phase) => {
    given(...market, ev.phase(phase)).when(edit(), participant('p1')).thenError('WRONG_PHASE');
  });

  it('refuses with FORBIDDEN (not WRONG_PHASE) the proposer’s edit of a hidden topic', () => {
    given(...market, ev.hidden('t1')).when(edit(), participant('p1')).thenError('FORBIDDEN');
  });

  it('lets the proposer edit again once the topic is restored', () => {
    given(...market, ev.hidden('t1'), ev.restored('t1')).when(edit(), participant('p1')).then(edited(false));
  });
});

describe('EditTopicSchema', () => {
  it.each([
    ['an empty title', { title: ' ' }],
    ['no topic id', { topicId: undefined }],
    ['no theme field', { themeId: undefined }],
  ])('refuses %s (VALIDATION at the edge)', (_, bad) => {
    expect(EditTopicSchema.safeParse({ ...edit(), ...bad }).success).toBe(false);
  });
});

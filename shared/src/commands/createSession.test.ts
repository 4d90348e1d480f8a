import { describe, expect, it } from 'vitest';
import { LIMITS } from '../model/limits.ts';
import { DEFAULT_VOTE_SETTINGS } from '../model/settings.ts';
import { counterIds, SESSION_ID, T0, THEMES } from '../testing/fixtures.ts';
import { fold } from '../testing/scenario.ts';
import { sessionCreated } from './createSession.ts';
import { CreateSessionSchema } from './createSession.schema.ts';

const ids = { sessionId: SESSION_ID, code: 'ABC234', now: T0 };

describe('sessionCreated', () => {
  it('gives each theme an id from newId and starts with the default vote settings', () => {
    const event = sessionCreated(
      { title: 'Forum', question: 'Q', themes: THEMES },
      { ...ids, newId: counterIds() },
    );
    expect(event).toStrictEqual({
      type: 'SessionCreated',
      sessionId: SESSION_ID,
      code: 'ABC234',
      title: 'Forum',
      question: 'Q',
      themes: [
        { name: 'Santé', icon: 'health', id: 'th1' },
        { name: 'Logement', icon: 'housing', id: 'th2' },
      ],
      settings: DEFAULT_VOTE_SETTINGS,
      at: T0,
    });
  });

  it('opens the session in the lobby, with nobody, no topic, no dot, and version 1', () => {
    const event = sessionCreated({ title: 'Forum', question: '', themes: [] }, { ...ids, newId: counterIds() });
    expect(fold([event])).toStrictEqual({
      id: SESSION_ID,
      code: 'ABC234',
      title: 'Forum',
      question: '',
      createdAt: T0,
      themes: [],
      phase: 'lobby',
      settings: DEFAULT_VOTE_SETTINGS,
      talliesRevealed: false,
      participants: {},
      participantCount: 0,
      topics: {},
      dots: {},
      tallies: {},
      spaces: {},
      slots: {},
      agenda: { placements: {}, locked: [], published: false },
      breakouts: { mode: 'assigned', members: {}, headcounts: {}, currentSlotId: null, timer: null, spotlightTopicId: null },
      notesPublished: false,
      convergence: { status: 'draft', proposals: {}, dots: {}, tallies: {}, revealed: false },
      version: 1,
    });
  });
});

describe('CreateSessionSchema', () => {
  it('trims the title and defaults the question to empty', () => {
    expect(CreateSessionSchema.parse({ title: '  Forum  ', themes: [] })).toStrictEqual({
      title: 'Forum',
      question: '',
      themes: [],
    });
  });

  const many = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `Theme ${i}`, icon: 'other' }));

  it.each([
    ['an empty title', { title: '   ', themes: [] }],
    ['a title too long', { title: 'x'.repeat(LIMITS.sessionTitleMax + 1), themes: [] }],
    ['a question too long', { title: 'F', question: 'q'.repeat(LIMITS.questionMax + 1), themes: [] }],
    ['too many themes', { title: 'F', themes: many(LIMITS.themesMax + 1) }],
    ['two themes with the same name (any case)', { title: 'F', themes: [{ name: 'Santé', icon: 'health' }, { name: 'SANTÉ', icon: 'other' }] }],
    ['an unknown icon', { title: 'F', themes: [{ name: 'Santé', icon: 'unicorn' }] }],
    ['an empty theme name', { title: 'F', themes: [{ name: ' ', icon: 'health' }] }],
    ['no themes list', { title: 'F' }],
  ])('refuses %s', (_, input) => {
    expect(CreateSessionSchema.safeParse(input).success).toBe(false);
  });

  it('accepts as many themes as allowed', () => {
    expect(CreateSessionSchema.safeParse({ title: 'F', themes: many(LIMITS.themesMax) }).success).toBe(true);
  });
});

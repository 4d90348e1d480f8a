import { LIMITS } from '@forum-ouvert/shared';
import { describe, expect, it } from 'vitest';
import { checkDrafts, draftsFromTexts, draftsReady, textsFromDrafts } from './proposalDraft.ts';

const d = (slotId: string, topicId: string, text: string) => ({ slotId, topicId, text });

describe('proposal drafts', () => {
  it('turns a list into one text per group and back, lines in order, groups in the order asked', () => {
    const drafts = [d('sl1', 't1', 'A'), d('sl2', 't3', 'C'), d('sl1', 't1', 'B')];
    const texts = textsFromDrafts(drafts);
    expect(texts).toStrictEqual({ 'sl1:t1': 'A\nB', 'sl2:t3': 'C' });
    expect(draftsFromTexts([{ slotId: 'sl2', topicId: 't3' }, { slotId: 'sl1', topicId: 't1' }], texts)).toStrictEqual([
      d('sl2', 't3', 'C'),
      d('sl1', 't1', 'A'),
      d('sl1', 't1', 'B'),
    ]);
  });

  it('drops blank lines and bullets, and texts of groups not listed', () => {
    expect(draftsFromTexts([{ slotId: 'sl1', topicId: 't1' }], { 'sl1:t1': '- A\n\n  \n* B', 'sl9:t9': 'X' })).toStrictEqual([
      d('sl1', 't1', 'A'),
      d('sl1', 't1', 'B'),
    ]);
  });

  it.each([
    ['nothing', [], { count: 0, tooLong: 0, tooMany: false }, false],
    ['one proposal', [d('sl1', 't1', 'A')], { count: 1, tooLong: 0, tooMany: false }, true],
    ['a proposal too long', [d('sl1', 't1', 'x'.repeat(LIMITS.proposalTextMax + 1))], { count: 1, tooLong: 1, tooMany: false }, false],
    [
      'too many proposals',
      Array.from({ length: LIMITS.proposalsPerBallot + 1 }, () => d('sl1', 't1', 'A')),
      { count: LIMITS.proposalsPerBallot + 1, tooLong: 0, tooMany: true },
      false,
    ],
  ])('checks %s against the server’s limits', (_, drafts, check, ready) => {
    expect(checkDrafts(drafts)).toStrictEqual(check);
    expect(draftsReady(checkDrafts(drafts))).toBe(ready);
  });
});

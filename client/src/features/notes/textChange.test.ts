import { describe, expect, it } from 'vitest';
import { mapIndex, textChange } from './textChange.ts';

function applied(before: string, change: ReturnType<typeof textChange>): string {
  if (!change) return before;
  return before.slice(0, change.index) + change.insert + before.slice(change.index + change.remove);
}

describe('textChange', () => {
  it.each([
    ['typing at the end', 'Bonjour', 'Bonjour!', 8, { index: 7, remove: 0, insert: '!' }],
    ['typing in the middle', 'Bonjour', 'Bonsjour', 4, { index: 3, remove: 0, insert: 's' }],
    ['typing "a" inside "aa" at the caret', 'aa', 'aaa', 2, { index: 1, remove: 0, insert: 'a' }],
    ['a backspace inside a run', 'aaa', 'aa', 1, { index: 1, remove: 1, insert: '' }],
    ['replacing a selection', 'le chat noir', 'le chien noir', 7, { index: 5, remove: 2, insert: 'ien' }],
    ['pasting over everything', 'abc', 'xyz', 3, { index: 0, remove: 3, insert: 'xyz' }],
    ['an emoji after another', 'a😀', 'a😀😃', 5, { index: 3, remove: 0, insert: '😃' }],
    ['an emoji replacing its neighbour', 'a😀b', 'a😃b', 3, { index: 1, remove: 2, insert: '😃' }],
  ])('%s', (_, before, after, caret, expected) => {
    const change = textChange(before, after, caret);
    expect(change).toEqual(expected);
    expect(applied(before, change)).toBe(after);
  });

  it('finds nothing to do when nothing changed', () => {
    expect(textChange('même', 'même', 2)).toBeNull();
  });
});

describe('mapIndex', () => {
  it.each([
    ['an insertion before pushes right', [{ insert: 'XX' }], 3, 5],
    ['an insertion after leaves it', [{ retain: 5 }, { insert: 'XX' }], 3, 3],
    ['an insertion right at it leaves it in front', [{ retain: 3 }, { insert: 'XX' }], 3, 3],
    ['a deletion before pulls left', [{ delete: 2 }], 3, 1],
    ['a deletion around it brings it to the start of the gap', [{ retain: 1 }, { delete: 5 }], 3, 1],
    ['a deletion after leaves it', [{ retain: 4 }, { delete: 2 }], 3, 3],
  ])('%s', (_, delta, index, expected) => {
    expect(mapIndex(index, delta)).toBe(expected);
  });
});

/** One edit of a text: remove `remove` characters at `index`, then insert `insert` there. */
export interface TextChange {
  index: number;
  remove: number;
  insert: string;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The smallest single edit turning `before` into `after`: the common prefix and suffix are kept.
 * `caret` (where the caret is after the edit) settles ambiguous cases, such as typing "a" inside
 * "aa": the edit ends at the caret, so the suffix may not reach before it. Never splits a
 * surrogate pair (an emoji is one edit or none).
 */
export function textChange(before: string, after: string, caret: number = after.length): TextChange | null {
  if (before === after) return null;
  const maxSuffix = Math.min(before.length, after.length, Math.max(0, after.length - caret));
  let end = 0;
  while (end < maxSuffix && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  const maxPrefix = Math.min(before.length, after.length) - end;
  let start = 0;
  while (start < maxPrefix && before[start] === after[start]) start++;
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  if (end > 0 && isLowSurrogate(before.charCodeAt(before.length - end))) end--;
  return { index: start, remove: before.length - start - end, insert: after.slice(start, after.length - end) };
}

/** A Y.Text delta, as Yjs reports a change. */
export type Delta = readonly { insert?: unknown; delete?: number | undefined; retain?: number | undefined }[];

/**
 * Where a position of the old text lands after a change: text inserted before it pushes it
 * right, text deleted before it pulls it left; an insertion exactly at it leaves it in front.
 */
export function mapIndex(index: number, delta: Delta): number {
  let oldPos = 0;
  let shift = 0;
  for (const op of delta) {
    if (oldPos >= index) break;
    if (op.retain !== undefined) oldPos += op.retain;
    else if (op.delete !== undefined) {
      shift -= Math.min(op.delete, index - oldPos);
      oldPos += op.delete;
    } else if (op.insert !== undefined) shift += typeof op.insert === 'string' ? op.insert.length : 1;
  }
  return index + shift;
}

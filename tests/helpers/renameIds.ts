/**
 * Ids of one namespace mapped to another: a model's ids to the server's (which are random), or
 * one session's ids to a twin session's. Each id is a whole string, so a rename never touches a
 * title that merely contains one.
 */
export type IdMap = Map<string, string>;

/** `value` with every string and every object key that is a mapped id replaced by its image. */
export function renameIds<T>(value: T, ids: ReadonlyMap<string, string>): T {
  return rename(value, ids) as T;
}

function rename(value: unknown, ids: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return ids.get(value) ?? value;
  if (Array.isArray(value)) return value.map((item) => rename(item, ids));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [ids.get(key) ?? key, rename(item, ids)]));
  }
  return value;
}

/**
 * Walks the same event as the model and the server wrote it, side by side, and records the
 * server's name for every id the model minted (`isMinted`). A minted id already known under
 * another name means the two sides disagree: that is thrown, not learnt.
 */
export function learnIds(model: unknown, real: unknown, isMinted: (id: string) => boolean, ids: IdMap): void {
  if (typeof model === 'string') {
    if (!isMinted(model) || typeof real !== 'string') return;
    const known = ids.get(model);
    if (known !== undefined && known !== real) throw new Error(`The model's ${model} is ${known} on the server, not ${real}`);
    ids.set(model, real);
    return;
  }
  if (Array.isArray(model) && Array.isArray(real)) {
    model.forEach((item, i) => learnIds(item, real[i], isMinted, ids));
    return;
  }
  if (isRecord(model) && isRecord(real)) {
    for (const [key, item] of Object.entries(model)) learnIds(item, real[ids.get(key) ?? key], isMinted, ids);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

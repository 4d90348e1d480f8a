/** A binary min-heap of (key, value) pairs with lazy deletion, for Dijkstra on small graphs. */
export class MinQueue {
  private readonly keys: number[] = [];
  private readonly values: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  push(key: number, value: number): void {
    const { keys, values } = this;
    let i = keys.length;
    keys.push(key);
    values.push(value);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const parentKey = keys[parent] ?? 0;
      if (parentKey <= key) break;
      keys[i] = parentKey;
      values[i] = values[parent] ?? 0;
      i = parent;
    }
    keys[i] = key;
    values[i] = value;
  }

  /** Removes the smallest pair; call only when size > 0. */
  pop(): { key: number; value: number } {
    const { keys, values } = this;
    const top = { key: keys[0] ?? 0, value: values[0] ?? 0 };
    const lastKey = keys.pop() ?? 0;
    const lastValue = values.pop() ?? 0;
    const n = keys.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= n) break;
        if (child + 1 < n && (keys[child + 1] ?? 0) < (keys[child] ?? 0)) child += 1;
        if ((keys[child] ?? 0) >= lastKey) break;
        keys[i] = keys[child] ?? 0;
        values[i] = values[child] ?? 0;
        i = child;
      }
      keys[i] = lastKey;
      values[i] = lastValue;
    }
    return top;
  }
}

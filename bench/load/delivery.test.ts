import { describe, expect, it } from 'vitest';
import { measureDelivery, type ReaderLog, type SentDot } from './delivery.ts';

const always = [{ from: 0, until: Infinity }];

function reader(moves: [to: number, at: number][], online = always): ReaderLog {
  return { to: moves.map(([to]) => to), at: moves.map(([, at]) => at), online };
}

const voter = reader([[5, 100]]);

describe('measureDelivery', () => {
  it('times each dot to the last other screen that had it, and leaves its voter out', () => {
    const dots: SentDot[] = [{ plannedAt: 100, voter: 0, seq: 5 }];
    const readers = [reader([]), reader([[4, 110], [6, 130]]), reader([[5, 180]])];
    expect(measureDelivery(dots, readers)).toEqual({ latencies: [80], eligiblePairs: 2, deliveredPairs: 2, cutPairs: 0 });
  });

  it('counts a dot some online screen never had as lost', () => {
    const dots: SentDot[] = [{ plannedAt: 100, voter: 0, seq: 5 }];
    const result = measureDelivery(dots, [voter, reader([[5, 150]]), reader([[4, 120]])]);
    expect(result).toEqual({ latencies: [Infinity], eligiblePairs: 2, deliveredPairs: 1, cutPairs: 0 });
  });

  it('counts a dot without an ack as reaching nobody', () => {
    const result = measureDelivery([{ plannedAt: 100, voter: 0, seq: null }], [voter, reader([[9, 150]])]);
    expect(result).toEqual({ latencies: [Infinity], eligiblePairs: 1, deliveredPairs: 0, cutPairs: 0 });
  });

  it('skips screens offline at the planned time, and leaves out those cut before they had the dot', () => {
    const dots: SentDot[] = [{ plannedAt: 100, voter: 0, seq: 5 }];
    const offlineThen = reader([[5, 300]], [{ from: 200, until: Infinity }]);
    const cutFirst = reader([[5, 300]], [{ from: 0, until: 150 }, { from: 250, until: Infinity }]);
    const cutAfter = reader([[5, 140]], [{ from: 0, until: 150 }]);
    expect(measureDelivery(dots, [voter, offlineThen, cutFirst, cutAfter])).toEqual({
      latencies: [40],
      eligiblePairs: 1,
      deliveredPairs: 1,
      cutPairs: 1,
    });
  });

  it('reports no latency for a dot no other screen was there to see', () => {
    const dots: SentDot[] = [{ plannedAt: 100, voter: 0, seq: 5 }];
    expect(measureDelivery(dots, [voter, reader([], [{ from: 200, until: Infinity }])]).latencies).toEqual([]);
  });
});

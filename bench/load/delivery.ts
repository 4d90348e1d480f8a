/**
 * How long each dot took to reach every other connected screen, from the arrival logs of the
 * simulated phones. Pure, so that the rule about who counts is tested on its own (delivery.test.ts).
 */

/** A dot as the generator sent it: `seq` is the version its ack named, `null` if no ack ever came. */
export interface SentDot {
  plannedAt: number;
  /** Index of the voter's phone in `readers`: a voter does not wait for its own dot. */
  voter: number;
  seq: number | null;
}

/** A stretch during which a phone was connected and synced; `until` is `Infinity` if it still was at the end. */
export interface Online {
  from: number;
  until: number;
}

/** One screen's view of the stream: each time its version moved forward, to what and when. */
export interface ReaderLog {
  to: readonly number[];
  at: readonly number[];
  online: readonly Online[];
}

export interface Delivery {
  /** Per dot: planned time to the moment the last eligible screen had it; `Infinity` if one never did. */
  latencies: number[];
  /** Screens that were online at a dot's planned time and stayed online until they had it, or to the end. */
  eligiblePairs: number;
  deliveredPairs: number;
  /** Screens online at the planned time but cut before they had the dot: neither delivered nor lost. */
  cutPairs: number;
}

/**
 * The rule: a screen counts for a dot when it was online at the dot's planned time. It has the dot
 * once its version reaches the dot's seq within that same connection; if the connection was cut first,
 * the pair is left out (the screen catches up by sync, which is not this measure). A dot without an ack
 * reached nobody.
 */
export function measureDelivery(dots: readonly SentDot[], readers: readonly ReaderLog[]): Delivery {
  const result: Delivery = { latencies: [], eligiblePairs: 0, deliveredPairs: 0, cutPairs: 0 };
  for (const dot of dots) {
    let worst = 0;
    let readersCounted = 0;
    readers.forEach((reader, index) => {
      if (index === dot.voter) return;
      const online = reader.online.find((span) => span.from <= dot.plannedAt && dot.plannedAt < span.until);
      if (!online) return;
      const seenAt = dot.seq === null ? undefined : firstReach(reader, dot.seq);
      if (seenAt !== undefined && seenAt < online.until) {
        result.eligiblePairs++;
        result.deliveredPairs++;
        readersCounted++;
        worst = Math.max(worst, seenAt - dot.plannedAt);
      } else if (online.until !== Infinity) {
        result.cutPairs++;
      } else {
        result.eligiblePairs++;
        readersCounted++;
        worst = Infinity;
      }
    });
    if (readersCounted > 0) result.latencies.push(worst);
  }
  return result;
}

/** When the reader's version first reached `seq` (its `to` values only grow), by binary search. */
function firstReach(reader: ReaderLog, seq: number): number | undefined {
  let low = 0;
  let high = reader.to.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((reader.to[middle] ?? 0) >= seq) high = middle;
    else low = middle + 1;
  }
  return reader.at[low];
}

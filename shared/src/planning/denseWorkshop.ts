import { dotCount, uniqueSorted } from './ranking.ts';
import type { Dots, PlanningTopic } from './types.ts';

/**
 * The workshop as small integers, the form the search works on: topic t is the t-th of
 * `rankedTopics`, participants and conveners are numbered in id order. Typed arrays of
 * indices keep the hot loop free of string hashing.
 */
export interface DenseWorkshop {
  participantCount: number;
  convenerCount: number;
  /** voters[t] = the participants who put at least one dot on topic t. */
  voters: Int32Array[];
  /** conveners[t] = the conveners of topic t, each once. */
  conveners: Int32Array[];
}

export function densify(rankedTopics: readonly PlanningTopic[], dots: Dots): DenseWorkshop {
  const topicIndex = new Map(rankedTopics.map((t, i) => [t.id, i]));
  const participants = uniqueSorted(Object.keys(dots));
  const voters = rankedTopics.map(() => [] as number[]);
  participants.forEach((participantId, p) => {
    for (const [topicId, value] of Object.entries(dots[participantId] ?? {})) {
      const t = topicIndex.get(topicId);
      if (t !== undefined && dotCount(value) > 0) voters[t]?.push(p);
    }
  });
  const convenerIds = uniqueSorted(rankedTopics.flatMap((t) => t.convenerIds));
  const convenerIndex = new Map(convenerIds.map((c, i) => [c, i]));
  return {
    participantCount: participants.length,
    convenerCount: convenerIds.length,
    voters: voters.map((v) => Int32Array.from(v)),
    conveners: rankedTopics.map((t) => Int32Array.from(uniqueSorted(t.convenerIds), (c) => convenerIndex.get(c) ?? 0)),
  };
}

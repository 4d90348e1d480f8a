import { mulberry32, type Prng } from '../shared/src/planning/prng.ts';
import type { Dots, PlanningTopic, Slot, Space } from '../shared/src/planning/types.ts';

/**
 * A realistic large workshop, always the same one: 2,000 people, 60 topics in 6 themes,
 * 4 slots, 15 rooms. Popularity is Zipf-like; each voter leans to one theme (that structure is
 * what a good agenda can exploit); 10% vote nothing; some stack dots; proposers convene.
 */
export interface Workshop {
  participantIds: string[];
  topics: PlanningTopic[];
  slots: Slot[];
  spaces: Space[];
  dots: Dots;
}

const PARTICIPANTS = 2000;
const TOPICS = 60;
const THEMES = 6;
const PROPOSERS = 42;
const MAX_TOPICS_PER_CONVENER = 3;
/** Room sizes of a large venue: 2,230 seats per slot for 2,000 people. */
const CAPACITIES = [300, 260, 220, 200, 180, 160, 150, 140, 130, 120, 100, 90, 80, 60, 40];

export function makeWorkshop(seed = 7): Workshop {
  const random = mulberry32(seed);
  const participantIds = Array.from({ length: PARTICIPANTS }, (_, i) => `p${String(i + 1).padStart(4, '0')}`);
  const topicIds = Array.from({ length: TOPICS }, (_, i) => `t${String(i + 1).padStart(2, '0')}`);
  const themeOf = topicIds.map(() => random.below(THEMES));
  // Zipf over a shuffled order, so popularity does not follow the ids.
  const popularity = shuffle(topicIds.map((_, i) => 1 / Math.pow(i + 1, 0.9)), random);

  const proposers = participantIds.slice(0, PROPOSERS);
  const load = new Map<string, number>();
  const topics = topicIds.map((id) => {
    const count = random.next() < 0.3 ? 2 : 1;
    const convenerIds: string[] = [];
    while (convenerIds.length < count) {
      // Skewed: low-index proposers are the prolific ones.
      const who = proposers[Math.floor(Math.pow(random.next(), 1.6) * proposers.length)] ?? 'p0001';
      if (convenerIds.includes(who) || (load.get(who) ?? 0) >= MAX_TOPICS_PER_CONVENER) continue;
      convenerIds.push(who);
      load.set(who, (load.get(who) ?? 0) + 1);
    }
    return { id, convenerIds };
  });

  const dots: Dots = {};
  for (const person of participantIds) {
    if (random.next() < 0.1) continue;
    const theme = random.below(THEMES);
    const mine: Record<string, number> = {};
    for (let left = 3 + random.below(3); left > 0; ) {
      const inTheme = random.next() < 0.6;
      const t = pick(popularity.map((w, i) => (inTheme && themeOf[i] !== theme ? 0 : w)), random);
      const id = topicIds[t] ?? 't01';
      const already = mine[id] ?? 0;
      if (already > 0 && (already >= 3 || random.next() >= 0.3)) continue;
      mine[id] = already + 1;
      left -= 1;
    }
    dots[person] = mine;
  }

  return {
    participantIds,
    topics,
    slots: ['09:30', '11:00', '14:00', '15:30'].map((id) => ({ id })),
    spaces: CAPACITIES.map((capacity, i) => ({ id: `room${String(i + 1).padStart(2, '0')}`, capacity })),
    dots,
  };
}

function pick(weights: readonly number[], random: Prng): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let r = random.next() * total;
  for (let i = 0; i < weights.length; i += 1) {
    r -= weights[i] ?? 0;
    if (r < 0) return i;
  }
  return weights.length - 1;
}

function shuffle<T>(items: T[], random: Prng): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = random.below(i + 1);
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

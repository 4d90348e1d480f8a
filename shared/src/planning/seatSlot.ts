import type { Group } from './groups.ts';
import { FlowNetwork } from './minCostFlow.ts';
import { dotCount } from './ranking.ts';
import type { Dots } from './types.ts';

/**
 * Seats the participants of ONE slot, optimally for this objective, in strict priority order:
 *   1. seat as many people as the slot has seats for (so everyone, when the seats suffice);
 *   2. maximise the sum, over seated people, of the dots each put on the group they sit in
 *      ("as many people as possible in a topic they voted for, counting their dots");
 *   3. among equal answers, balance: every group filled as evenly as its capacity allows.
 * This is a min-cost max-flow: source -> preference profile -> group -> sink. People with the
 * same dots on this slot's topics are one profile node (capacity = how many they are), so the
 * network stays small however many people come. A profile reaches the groups it voted for
 * directly, and every other group through one shared hub at the price of "no dot".
 */
const BALANCE_STEPS = 100;

interface Profile {
  wishes: { group: number; dots: number }[];
  members: string[];
}

/** `people` sorted by id; returns participantId -> topicId, without the people left standing. */
export function seatSlot(groups: readonly Group[], people: readonly string[], dots: Dots, slotIndex: number): Map<string, string> {
  const profiles = profilesOf(groups, people, dots);
  const maxDots = profiles.reduce((max, p) => p.wishes.reduce((m, w) => Math.max(m, w.dots), max), 0);
  // One dot is worth more than any possible gain in balance: balance costs at most BALANCE_STEPS
  // per seated person, so `dotWeight` exceeds the whole slot's balance cost.
  const dotWeight = people.length * BALANCE_STEPS + 1;
  if (people.length * (maxDots + 1) * dotWeight * 4 > Number.MAX_SAFE_INTEGER) {
    throw new RangeError('seatSlot: too many people or dots for exact integer costs');
  }

  const [source, sink, hub, firstGroup] = [0, 1, 2, 3];
  const firstProfile = firstGroup + groups.length;
  const network = new FlowNetwork(firstProfile + profiles.length);
  const hubEdges = groups.map((group, g) => {
    for (const { count, cost } of seatCosts(group.capacity)) network.addEdge(firstGroup + g, sink, count, cost);
    return network.addEdge(hub, firstGroup + g, group.capacity, 0);
  });
  const toGroupEdges = profiles.map((profile, i) => {
    const node = firstProfile + i;
    const size = profile.members.length;
    network.addEdge(source, node, size, 0);
    const direct = profile.wishes.map((w) => ({
      group: w.group,
      edge: network.addEdge(node, firstGroup + w.group, size, (maxDots - w.dots) * dotWeight),
    }));
    return { direct, viaHub: network.addEdge(node, hub, size, maxDots * dotWeight) };
  });
  network.solve(source, sink);

  const hubQuota = hubEdges.map((edge) => network.flowOn(edge));
  const seats = new Map<string, string>();
  profiles.forEach((profile, i) => {
    const edges = toGroupEdges[i];
    if (!edges) return;
    const counts = new Array<number>(groups.length).fill(0);
    for (const { group, edge } of edges.direct) counts[group] = (counts[group] ?? 0) + network.flowOn(edge);
    let fromHub = network.flowOn(edges.viaHub);
    for (let g = 0; g < groups.length && fromHub > 0; g += 1) {
      const take = Math.min(fromHub, hubQuota[g] ?? 0);
      hubQuota[g] = (hubQuota[g] ?? 0) - take;
      counts[g] = (counts[g] ?? 0) + take;
      fromHub -= take;
    }
    handOut(profile.members, counts, slotIndex).forEach((g, k) => {
      const person = profile.members[k];
      const topicId = groups[g]?.topicId;
      if (person !== undefined && topicId !== undefined && g >= 0) seats.set(person, topicId);
    });
  });
  return seats;
}

function profilesOf(groups: readonly Group[], people: readonly string[], dots: Dots): Profile[] {
  const byKey = new Map<string, Profile>();
  for (const person of people) {
    const wishes = groups
      .map((group, g) => ({ group: g, dots: dotCount(dots[person]?.[group.topicId]) }))
      .filter((w) => w.dots > 0);
    const key = wishes.map((w) => `${w.group}:${w.dots}`).join(',');
    const profile = byKey.get(key) ?? { wishes, members: [] };
    profile.members.push(person);
    byKey.set(key, profile);
  }
  return [...byKey.values()];
}

/**
 * Convex seat prices: the k-th seat of a group of capacity c costs ceil(k * BALANCE_STEPS / c),
 * so the next person always goes where the fill ratio is lowest. Seats of equal price form one
 * edge (at most BALANCE_STEPS per group, however large the room).
 */
export function seatCosts(capacity: number): { count: number; cost: number }[] {
  const runs: { count: number; cost: number }[] = [];
  for (let cost = 1; cost <= BALANCE_STEPS; cost += 1) {
    const count = Math.floor((cost * capacity) / BALANCE_STEPS) - Math.floor(((cost - 1) * capacity) / BALANCE_STEPS);
    if (count > 0) runs.push({ count, cost });
  }
  return runs;
}

/**
 * Which group each member (sorted by id) gets: -1 for "no seat". When seats run short, whoever is
 * left standing rotates from slot to slot instead of always being the same last ids.
 */
function handOut(members: readonly string[], counts: readonly number[], slotIndex: number): number[] {
  const seated = counts.reduce((a, b) => a + b, 0);
  const standing = members.length - seated;
  const start = members.length > 0 ? (slotIndex * standing) % members.length : 0;
  const result = new Array<number>(members.length).fill(-1);
  let k = 0;
  counts.forEach((count, g) => {
    for (let j = 0; j < count; j += 1, k += 1) result[(start + k) % members.length] = g;
  });
  return result;
}

import { MinQueue } from './priorityQueue.ts';

/**
 * Min-cost max-flow by successive shortest paths with potentials (primal-dual): Dijkstra on
 * reduced costs finds the cheapest way to push more flow; then every augmenting path of that
 * same cost is pushed at once with a Dinic-style blocking flow over the zero-reduced-cost
 * edges, so the number of Dijkstra runs is the number of distinct path costs, not the flow.
 * The result is a maximum flow of least total cost: exactly optimal, no heuristics.
 * Capacities and costs must be whole numbers and costs >= 0 (so potentials can start at 0);
 * all sums must stay below 2^53, which the callers check.
 */
export class FlowNetwork {
  private readonly head: number[];
  private readonly next: number[] = [];
  private readonly to: number[] = [];
  private readonly residual: number[] = [];
  private readonly cost: number[] = [];
  private readonly capacity: number[] = [];

  constructor(readonly nodeCount: number) {
    this.head = new Array<number>(nodeCount).fill(-1);
  }

  /** Returns the edge id, for `flowOn` after solving. */
  addEdge(from: number, to: number, capacity: number, cost: number): number {
    if (!(cost >= 0) || !Number.isInteger(cost) || !Number.isInteger(capacity)) {
      throw new RangeError('FlowNetwork needs whole capacities and whole costs >= 0');
    }
    const id = this.to.length;
    this.link(from, to, capacity, cost);
    this.link(to, from, 0, -cost);
    this.capacity.push(capacity, 0);
    return id;
  }

  flowOn(edge: number): number {
    return (this.capacity[edge] ?? 0) - (this.residual[edge] ?? 0);
  }

  solve(source: number, sink: number): { flow: number; cost: number } {
    const potential = new Array<number>(this.nodeCount).fill(0);
    let flow = 0;
    while (this.shortestPaths(source, sink, potential)) {
      const pushed = this.blockingFlows(source, sink, potential);
      if (pushed === 0) break;
      flow += pushed;
    }
    let cost = 0;
    for (let e = 0; e < this.to.length; e += 2) cost += this.flowOn(e) * (this.cost[e] ?? 0);
    return { flow, cost };
  }

  private link(from: number, to: number, capacity: number, cost: number): void {
    this.to.push(to);
    this.residual.push(capacity);
    this.cost.push(cost);
    this.next.push(this.head[from] ?? -1);
    this.head[from] = this.to.length - 1;
  }

  private reducedCost(edge: number, from: number, potential: readonly number[]): number {
    return (this.cost[edge] ?? 0) + (potential[from] ?? 0) - (potential[this.to[edge] ?? 0] ?? 0);
  }

  /**
   * Dijkstra on reduced costs, then potential += distance for every reached node. Nodes it
   * cannot reach stay unreachable for good (new residual edges only appear between reached
   * nodes), so leaving their potential alone is safe. Returns whether the sink was reached.
   */
  private shortestPaths(source: number, sink: number, potential: number[]): boolean {
    const distance = new Array<number>(this.nodeCount).fill(Infinity);
    const queue = new MinQueue();
    distance[source] = 0;
    queue.push(0, source);
    while (queue.size > 0) {
      const { key, value: u } = queue.pop();
      if (key > (distance[u] ?? Infinity)) continue;
      for (let e = this.head[u] ?? -1; e >= 0; e = this.next[e] ?? -1) {
        if ((this.residual[e] ?? 0) <= 0) continue;
        const v = this.to[e] ?? 0;
        const candidate = key + this.reducedCost(e, u, potential);
        if (candidate < (distance[v] ?? Infinity)) {
          distance[v] = candidate;
          queue.push(candidate, v);
        }
      }
    }
    if (!Number.isFinite(distance[sink] ?? Infinity)) return false;
    distance.forEach((d, v) => {
      if (Number.isFinite(d)) potential[v] = (potential[v] ?? 0) + d;
    });
    return true;
  }

  /** Pushes as much as possible along shortest paths only (reduced cost 0), Dinic style. */
  private blockingFlows(source: number, sink: number, potential: readonly number[]): number {
    let total = 0;
    for (;;) {
      const level = this.levels(source, potential);
      if ((level[sink] ?? -1) < 0) return total;
      const current = [...this.head];
      for (let pushed = this.augment(source, sink, level, current, potential); pushed > 0; ) {
        total += pushed;
        pushed = this.augment(source, sink, level, current, potential);
      }
    }
  }

  private admissible(edge: number, from: number, potential: readonly number[]): boolean {
    return (this.residual[edge] ?? 0) > 0 && this.reducedCost(edge, from, potential) === 0;
  }

  private levels(source: number, potential: readonly number[]): number[] {
    const level = new Array<number>(this.nodeCount).fill(-1);
    const queue = [source];
    level[source] = 0;
    for (let head = 0; head < queue.length; head += 1) {
      const u = queue[head] ?? 0;
      for (let e = this.head[u] ?? -1; e >= 0; e = this.next[e] ?? -1) {
        const v = this.to[e] ?? 0;
        if ((level[v] ?? 0) < 0 && this.admissible(e, u, potential)) {
          level[v] = (level[u] ?? 0) + 1;
          queue.push(v);
        }
      }
    }
    return level;
  }

  /** One augmenting path in the level graph (iterative, with current-arc pointers); its flow. */
  private augment(source: number, sink: number, level: number[], current: number[], potential: readonly number[]): number {
    const path: number[] = [];
    let u = source;
    while (u !== sink) {
      let e = current[u] ?? -1;
      while (e >= 0) {
        const v = this.to[e] ?? 0;
        if ((level[v] ?? -1) === (level[u] ?? 0) + 1 && this.admissible(e, u, potential)) break;
        e = this.next[e] ?? -1;
      }
      current[u] = e;
      if (e >= 0) {
        path.push(e);
        u = this.to[e] ?? 0;
        continue;
      }
      // Dead end: never come back here in this phase, and step back.
      level[u] = -1;
      const back = path.pop();
      if (back === undefined) return 0;
      u = this.to[back ^ 1] ?? 0;
      current[u] = this.next[current[u] ?? -1] ?? -1;
    }
    let pushed = Infinity;
    for (const e of path) pushed = Math.min(pushed, this.residual[e] ?? 0);
    for (const e of path) {
      this.residual[e] = (this.residual[e] ?? 0) - pushed;
      this.residual[e ^ 1] = (this.residual[e ^ 1] ?? 0) + pushed;
    }
    return pushed;
  }
}

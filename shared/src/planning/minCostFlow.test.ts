import { describe, expect, it } from 'vitest';
import { FlowNetwork } from './minCostFlow.ts';

describe('FlowNetwork', () => {
  it('reroutes earlier flow through a reverse edge when that is the only way to push more', () => {
    // ana could take seat X (free) or Y (cost 1); ben can only take X. Best: ben X, ana Y.
    const [source, ana, ben, x, y, sink] = [0, 1, 2, 3, 4, 5];
    const network = new FlowNetwork(6);
    network.addEdge(source, ana, 1, 0);
    network.addEdge(source, ben, 1, 0);
    const anaX = network.addEdge(ana, x, 1, 0);
    const anaY = network.addEdge(ana, y, 1, 1);
    const benX = network.addEdge(ben, x, 1, 0);
    network.addEdge(x, sink, 1, 0);
    network.addEdge(y, sink, 1, 0);
    expect(network.solve(source, sink)).toEqual({ flow: 2, cost: 1 });
    expect([network.flowOn(anaX), network.flowOn(anaY), network.flowOn(benX)]).toEqual([0, 1, 1]);
  });

  it('prefers the cheaper of two parallel routes and pushes several units at once', () => {
    const network = new FlowNetwork(3);
    network.addEdge(0, 1, 5, 0);
    const cheap = network.addEdge(1, 2, 3, 1);
    const dear = network.addEdge(1, 2, 10, 4);
    expect(network.solve(0, 2)).toEqual({ flow: 5, cost: 3 * 1 + 2 * 4 });
    expect([network.flowOn(cheap), network.flowOn(dear)]).toEqual([3, 2]);
  });

  it('refuses negative or fractional costs, which the potentials cannot start from', () => {
    const network = new FlowNetwork(2);
    expect(() => network.addEdge(0, 1, 1, -1)).toThrow(RangeError);
    expect(() => network.addEdge(0, 1, 1, 0.5)).toThrow(RangeError);
  });
});

import type { StoredEvent } from '../events/events.ts';
import { running } from './agendaStory.ts';
import { ev } from './fixtures.ts';

/**
 * The story the convergence tests share: after the breakouts of agendaStory (p1-p3 with phones,
 * paper1 on paper; t1, t2 in sl1; t3, tp in sl2), the closing phase starts.
 */
export const closing: StoredEvent[] = [...running, ev.phase('closing')];

/** The vote is open on four proposals: two from t1's group, one from t2's, one from t3's. */
export const converging: StoredEvent[] = [
  ...closing,
  ev.convergenceOpened(['pr1', 'sl1', 't1'], ['pr2', 'sl1', 't1'], ['pr3', 'sl1', 't2'], ['pr4', 'sl2', 't3']),
];

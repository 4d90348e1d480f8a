import type { StoredEvent } from '../events/events.ts';
import { ev } from './fixtures.ts';

/**
 * The story the agenda and breakout tests share, step by step. Three people with phones (p1-p3)
 * and one on paper each propose a topic; two rooms, Iroise (3 seats) and Molène (2 seats); two
 * slots, sl1 09:00-10:00 and sl2 10:00-11:00.
 */
export const planning: StoredEvent[] = [
  ev.joined('p1'),
  ev.joined('p2'),
  ev.joined('p3'),
  ev.paperJoined('paper1'),
  ev.phase('marketplace'),
  ev.proposed('t1', 'p1'),
  ev.proposed('t2', 'p2'),
  ev.proposed('t3', 'p3'),
  ev.proposed('tp', 'paper1', { enteredByFacilitator: true }),
  ev.phase('voting'),
  ev.dot('p1', 't1'),
  ev.dot('p1', 't2'),
  ev.dot('p2', 't2'),
  ev.dot('p2', 't3'),
  ev.dot('p3', 't1'),
  ev.dot('paper1', 'tp', true),
  ev.phase('agenda'),
  ev.spaceAdded('sp1', 'Iroise', 3),
  ev.spaceAdded('sp2', 'Molène', 2),
  ev.slotAdded('sl1', '09:00', '10:00'),
  ev.slotAdded('sl2', '10:00', '11:00'),
];

/** t1 and t2 meet in sl1 (Iroise, Molène), t3 and tp in sl2 (Iroise, Molène). */
export const scheduled: StoredEvent[] = [
  ...planning,
  ev.agenda(['t1', 'sl1', 'sp1'], ['t2', 'sl1', 'sp2'], ['t3', 'sl2', 'sp1'], ['tp', 'sl2', 'sp2']),
];

export const published: StoredEvent[] = [...scheduled, ev.published()];

/** The breakouts run, sl1 is under way; nobody sits in a group yet. */
export const running: StoredEvent[] = [...published, ev.phase('breakouts'), ev.currentSlot('sl1')];

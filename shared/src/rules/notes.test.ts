import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../events/events.ts';
import type { Actor } from '../model/actor.ts';
import { running } from '../testing/agendaStory.ts';
import { created, ev, FACILITATOR, participant, PROJECTOR } from '../testing/fixtures.ts';
import { fold } from '../testing/scenario.ts';
import { groupExists, notesAccess, type NotesAccess } from './notes.ts';

/** sl1 runs: p2 sits in t1's group (convened by p1, who is elsewhere), p3 in t2's. */
const seated: StoredEvent[] = [...running, ev.groupJoined('p2', 'sl1', 't1'), ev.groupJoined('p3', 'sl1', 't2')];
const t1 = { slotId: 'sl1', topicId: 't1' };
const state = (...more: StoredEvent[]) => fold([created(), ...seated, ...more]);

describe('notesAccess', () => {
  it.each<[string, Actor, StoredEvent[], NotesAccess]>([
    ['the facilitator writes', FACILITATOR, [], 'write'],
    ['a member writes', participant('p2'), [], 'write'],
    ['the convener writes, even sitting elsewhere', participant('p1'), [ev.groupJoined('p1', 'sl1', 't2')], 'write'],
    ['someone in another group has no access', participant('p3'), [], 'none'],
    ['the projector has no access', PROJECTOR, [], 'none'],
    ['a member who left loses it', participant('p2'), [ev.groupLeft('p2', 'sl1', 't1')], 'none'],
    ['a member who walked to another group loses it', participant('p2'), [ev.groupJoined('p2', 'sl1', 't2', 't1')], 'none'],
    ['once published, someone in another group reads', participant('p3'), [ev.notesPublished()], 'read'],
    ['once published, the projector reads', PROJECTOR, [ev.notesPublished()], 'read'],
    ['once published, a member still writes', participant('p2'), [ev.notesPublished()], 'write'],
    ['once published, a member who left reads', participant('p2'), [ev.notesPublished(), ev.groupLeft('p2', 'sl1', 't1')], 'read'],
    ['closed again, the projector has no access', PROJECTOR, [ev.notesPublished(), ev.notesPublished(false)], 'none'],
  ])('%s', (_, actor, more, expected) => {
    expect(notesAccess(state(...more), actor, t1)).toBe(expected);
  });

  it('gives members no pen once their group is dissolved (its topic moved to another slot)', () => {
    const moved = state(ev.topicMoved('t1', { slotId: 'sl2', spaceId: 'sp1' }, 't3'));
    expect(groupExists(moved, t1)).toBe(false);
    expect(notesAccess(moved, participant('p1'), t1)).toBe('none');
    expect(notesAccess(moved, FACILITATOR, t1)).toBe('write');
  });

  it('knows no group for a topic in a slot it does not meet in', () => {
    const s = state();
    expect(groupExists(s, t1)).toBe(true);
    expect(groupExists(s, { slotId: 'sl2', topicId: 't1' })).toBe(false);
    expect(groupExists(s, { slotId: 'sl1', topicId: 'ghost' })).toBe(false);
    expect(notesAccess(s, participant('p1'), { slotId: 'sl2', topicId: 't1' })).toBe('none');
  });
});

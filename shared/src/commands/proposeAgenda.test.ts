import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../events/events.ts';
import type { SessionState } from '../model/session.ts';
import { agendaConflicts, placementsOf } from '../rules/agenda.ts';
import { planning } from '../testing/agendaStory.ts';
import { ev, participant, PROJECTOR } from '../testing/fixtures.ts';
import { given } from '../testing/scenario.ts';

const propose = { type: 'proposeAgenda' as const };

/** Two topics in one cell, or one convener in two topics of one slot: what an agenda must never hold. */
function breaches(state: SessionState): string[] {
  const problems: string[] = [];
  const placements = placementsOf(state);
  placements.forEach((a, i) => {
    for (const b of placements.slice(i + 1)) {
      if (a.slotId !== b.slotId) continue;
      if (a.spaceId === b.spaceId) problems.push(`${a.topicId} and ${b.topicId} share a cell`);
      const shared = state.topics[a.topicId]?.proposerIds.filter((id) => state.topics[b.topicId]?.proposerIds.includes(id));
      if (shared?.length) problems.push(`${shared.join()} convenes ${a.topicId} and ${b.topicId} in ${a.slotId}`);
    }
  });
  return problems;
}

describe('proposeAgenda', () => {
  it('schedules the vote with no conflict when the grid allows it: shared voters never meet in one slot', () => {
    // p1 voted t1 and t2, p2 voted t2 and t3: t2 goes apart from both; the most voted take Iroise, the larger room.
    const { state } = given(...planning)
      .when(propose)
      .then(ev.agenda(['t2', 'sl1', 'sp1'], ['tp', 'sl1', 'sp2'], ['t1', 'sl2', 'sp1'], ['t3', 'sl2', 'sp2']));
    expect(agendaConflicts(state)).toBe(0);
    expect(breaches(state)).toStrictEqual([]);
  });

  it('keeps a locked cell where the facilitator put it, and plans around it', () => {
    const { state } = given(...planning, ev.agenda(['t3', 'sl1', 'sp2']), ev.locked('t3'))
      .when(propose)
      .then(ev.agenda(['t1', 'sl1', 'sp1'], ['t3', 'sl1', 'sp2'], ['t2', 'sl2', 'sp1'], ['tp', 'sl2', 'sp2']));
    expect(state.agenda.locked).toStrictEqual(['t3']);
  });

  it('moves an unlocked topic freely, dropping its former cell', () => {
    const { decision } = given(...planning, ev.agenda(['t3', 'sl1', 'sp2'])).when(propose);
    expect(decision).toStrictEqual({
      ok: true,
      events: [ev.agenda(['t2', 'sl1', 'sp1'], ['tp', 'sl1', 'sp2'], ['t1', 'sl2', 'sp1'], ['t3', 'sl2', 'sp2'])],
    });
  });

  it('reports the conflicts it could not avoid', () => {
    // One slot, two rooms: t1 and t2 (the most voted) get them, and p1, who voted both, clashes.
    const { decision } = given(...planning, ev.slotRemoved('sl2')).when(propose);
    expect(decision.ok && decision.events[0]).toStrictEqual({ ...ev.agenda(['t1', 'sl1', 'sp1'], ['t2', 'sl1', 'sp2']), conflicts: 1 });
  });

  it('leaves hidden topics out, and topics beyond the cells of the grid', () => {
    const { decision } = given(...planning, ev.hidden('t2'), ev.spaceRemoved('sp2')).when(propose);
    expect(decision).toStrictEqual({ ok: true, events: [ev.agenda(['t1', 'sl1', 'sp1'], ['t3', 'sl2', 'sp1'])] });
  });

  it('never seats one convener in two topics of a slot', () => {
    // p1 convenes t1 and t4, so they meet apart; p1 voted t1 and t2, so t2 joins t4; p2, who voted t2 and t4, clashes.
    const story = [...planning, ev.proposed('t4', 'p1'), ev.dot('p2', 't4'), ev.dot('p3', 't4'), ev.spaceAdded('sp3', 'Ouessant', 9)];
    const { state } = given(...story)
      .when(propose)
      .then({ ...ev.agenda(['t2', 'sl1', 'sp3'], ['t4', 'sl1', 'sp1'], ['t1', 'sl2', 'sp3'], ['t3', 'sl2', 'sp1'], ['tp', 'sl2', 'sp2']), conflicts: 1 });
    expect(breaches(state)).toStrictEqual([]);
  });

  it('proposes the same agenda from the same state', () => {
    const story = given(...planning, ev.proposed('t4', 'p2'), ev.dot('p3', 't4'));
    expect(story.when(propose).decision).toStrictEqual(story.when(propose).decision);
  });

  it('keeps its promises on random votes and conveners: one topic a cell, one place a convener, locks kept, same answer twice', () => {
    const topics = ['t1', 't2', 't3', 't4', 't5', 't6'];
    const people = ['p1', 'p2', 'p3'];
    const storyArb = fc
      .record({
        conveners: fc.array(fc.constantFrom(...people), { minLength: topics.length, maxLength: topics.length }),
        votes: fc.array(fc.tuple(fc.constantFrom(...people), fc.constantFrom(...topics)), { maxLength: 12 }),
        spaces: fc.integer({ min: 1, max: 3 }),
        lock: fc.option(fc.tuple(fc.constantFrom(...topics), fc.constantFrom('sl1', 'sl2'), fc.constant('sp1'))),
      })
      .map(({ conveners, votes, spaces, lock }): StoredEvent[] => [
        ...people.map((id) => ev.joined(id)),
        ...topics.map((id, i) => ev.proposed(id, conveners[i] ?? 'p1')),
        ...votes.map(([p, t]) => ev.dot(p, t)),
        ...['sp1', 'sp2', 'sp3'].slice(0, spaces).map((id, i) => ev.spaceAdded(id, `Salle ${id}`, 2 + i)),
        ev.slotAdded('sl1', '09:00', '10:00'),
        ev.slotAdded('sl2', '10:00', '11:00'),
        ...(lock ? [ev.agenda(lock), ev.locked(lock[0])] : []),
      ]);
    fc.assert(
      fc.property(storyArb, (story) => {
        const before = given(...story);
        const outcome = before.when(propose);
        expect(outcome.decision).toStrictEqual(before.when(propose).decision);
        if (!outcome.decision.ok) throw new Error(outcome.decision.error.message);
        const event = outcome.decision.events[0];
        const { state } = outcome.then(...outcome.decision.events);
        expect(breaches(state)).toStrictEqual([]);
        for (const topicId of before.state.agenda.locked) expect(state.agenda.placements[topicId]).toStrictEqual(before.state.agenda.placements[topicId]);
        expect(event?.type === 'AgendaProposed' && event.conflicts).toBe(agendaConflicts(state));
      }),
      { numRuns: 25 },
    );
  });

  it.each<[string, StoredEvent[]]>([
    ['no space', [ev.spaceRemoved('sp1'), ev.spaceRemoved('sp2')]],
    ['no slot', [ev.slotRemoved('sl1'), ev.slotRemoved('sl2')]],
  ])('refuses with CONFLICT when there is %s', (_, more) => {
    given(...planning, ...more).when(propose).thenError('CONFLICT');
  });

  it.each([
    ['a participant', participant('p1')],
    ['the projector', PROJECTOR],
  ])('is FORBIDDEN to %s', (_, actor) => {
    given(...planning).when(propose, actor).thenError('FORBIDDEN');
  });
});

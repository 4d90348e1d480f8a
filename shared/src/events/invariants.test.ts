import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { type Dots, type SessionState } from '../model/session.ts';
import { SessionStateSchema } from '../model/session.schema.ts';
import { groupCapacity, placementsOf } from '../rules/agenda.ts';
import { maxDotsPerTopic } from '../rules/voting.ts';
import { play, stepsArb } from '../testing/arbitraries.ts';
import { fold } from '../testing/scenario.ts';

// The scheduler's quality is planning's to test; here a short search keeps hundreds of random
// sessions fast. Its hard rules (one topic a cell, one place a convener) hold at any budget.
vi.mock(import('../planning/index.ts'), async (importOriginal) => {
  const planning = await importOriginal();
  return { ...planning, scheduleAgenda: (input) => planning.scheduleAgenda({ ...input, iterations: 500 }) };
});

/** Pairs of topics of one slot that share a convener, as `slot:a|b`. */
function convenerClashes(state: SessionState): string[] {
  const clashes: string[] = [];
  const placements = placementsOf(state).sort((a, b) => a.topicId.localeCompare(b.topicId));
  placements.forEach((a, i) => {
    for (const b of placements.slice(i + 1)) {
      const conveners = state.topics[b.topicId]?.proposerIds ?? [];
      if (a.slotId === b.slotId && state.topics[a.topicId]?.proposerIds.some((id) => conveners.includes(id))) {
        clashes.push(`${a.slotId}:${a.topicId}|${b.topicId}`);
      }
    }
  });
  return clashes;
}

/** The agenda and the groups after every accepted event. */
function checkAgendaInvariants(state: SessionState) {
  const { agenda, breakouts } = state;
  const cells = placementsOf(state).map((p) => `${p.slotId}/${p.spaceId}`);
  expect(new Set(cells).size, 'no two topics in one cell').toBe(cells.length);
  for (const [topicId, cell] of Object.entries(agenda.placements)) {
    expect(state.topics[topicId]?.hidden, `placement of a missing or hidden ${topicId}`).toBe(false);
    expect(state.slots[cell.slotId] && state.spaces[cell.spaceId], `${topicId} in a missing cell`).toBeDefined();
  }
  for (const topicId of agenda.locked) expect(agenda.placements[topicId], `lock on unplaced ${topicId}`).toBeDefined();
  const counted: Record<string, Record<string, number>> = {};
  for (const [slotId, bySlot] of Object.entries(breakouts.members)) {
    // One record per slot keyed by participant: nobody sits in two groups of a slot.
    for (const [participantId, topicId] of Object.entries(bySlot)) {
      expect(state.participants[participantId], `unknown member ${participantId}`).toBeDefined();
      expect(agenda.placements[topicId]?.slotId, `${participantId} in ${topicId}, which does not meet in ${slotId}`).toBe(slotId);
      const inSlot = (counted[slotId] ??= {});
      inSlot[topicId] = (inSlot[topicId] ?? 0) + 1;
    }
  }
  expect(breakouts.headcounts, 'headcounts are the member counts').toStrictEqual(counted);
  for (const [slotId, bySlot] of Object.entries(breakouts.headcounts)) {
    for (const [topicId, n] of Object.entries(bySlot)) {
      expect(n, `${topicId} in ${slotId} over the capacity of its space`).toBeLessThanOrEqual(groupCapacity(state, slotId, topicId));
    }
  }
  if (breakouts.currentSlotId !== null) expect(state.slots[breakouts.currentSlotId], 'current slot exists').toBeDefined();
  if (breakouts.timer?.slotId) expect(state.slots[breakouts.timer.slotId], 'timed slot exists').toBeDefined();
  if (breakouts.spotlightTopicId !== null) expect(state.topics[breakouts.spotlightTopicId]?.hidden, 'spotlight on a visible topic').toBe(false);
}

/** One ballot (the topic vote's, the convergence vote's): budget, cap, valid targets, tallies = sum of dots. */
function checkBallot(state: SessionState, name: string, dots: Dots, tallies: Record<string, number> | null, checkTarget: (id: string) => void) {
  const sums: Record<string, number> = {};
  for (const [participantId, perTarget] of Object.entries(dots)) {
    expect(state.participants[participantId], `${name}: dots of unknown ${participantId}`).toBeDefined();
    let used = 0;
    for (const [targetId, n] of Object.entries(perTarget)) {
      checkTarget(targetId);
      expect(n).toBeGreaterThan(0);
      expect(n, `${name}: per-target cap on ${targetId}`).toBeLessThanOrEqual(maxDotsPerTopic(state.settings));
      used += n;
      sums[targetId] = (sums[targetId] ?? 0) + n;
    }
    expect(used, `${name}: budget of ${participantId}`).toBeLessThanOrEqual(state.settings.dotBudget);
  }
  expect(tallies, `${name}: tallies are the sum of the dots`).toStrictEqual(sums);
}

/** What must hold after every accepted event, whatever anyone sent. */
function checkInvariants(state: SessionState) {
  checkBallot(state, 'topics', state.dots, state.tallies, (topicId) => {
    const topic = state.topics[topicId];
    expect(topic, `dot on missing topic ${topicId}`).toBeDefined();
    expect(topic?.hidden, `dot on hidden topic ${topicId}`).toBe(false);
  });
  const { convergence } = state;
  checkBallot(state, 'proposals', convergence.dots, convergence.tallies, (proposalId) => {
    expect(convergence.proposals[proposalId], `dot on missing proposal ${proposalId}`).toBeDefined();
  });
  if (convergence.status === 'draft') expect(convergence.proposals, 'a draft has no proposals').toStrictEqual({});
  checkAgendaInvariants(state);
  expect(SessionStateSchema.safeParse(state).success).toBe(true);
}

describe('invariants over random sessions (decide then evolve)', () => {
  it('never exceeds a budget, a per-target cap (topics and proposals) or a room, keeps tallies and headcounts equal to what they count, one topic a cell', () => {
    fc.assert(
      fc.property(stepsArb, (steps) => {
        play(steps, checkInvariants);
      }),
      { numRuns: 300 },
    );
  });

  it('never seats a convener twice in a slot: not in a proposed agenda (locked pairs aside), not by a manual move', () => {
    fc.assert(
      fc.property(stepsArb, (steps) => {
        for (const { event, before, after } of play(steps).applied) {
          if (event.type === 'AgendaProposed') {
            // Only a pair the facilitator locked in place can share a convener (a merge can make one).
            const locked = new Set(after.agenda.locked);
            const unlocked = convenerClashes(after).filter((pair) => !pair.split(':')[1]?.split('|').every((id) => locked.has(id)));
            expect(unlocked, 'agenda proposed with a convener in two places').toStrictEqual([]);
          }
          if (event.type === 'TopicMoved') {
            const known = new Set(convenerClashes(before));
            expect(convenerClashes(after).filter((pair) => !known.has(pair)), 'a move put a convener in two places').toStrictEqual([]);
          }
          if (event.type === 'GroupJoined') {
            expect(event.fromTopicId, 'GroupJoined names the group left').toBe(before.breakouts.members[event.slotId]?.[event.participantId] ?? null);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('replays its log to the very same state, byte for byte', () => {
    fc.assert(
      fc.property(stepsArb, (steps) => {
        const { log, final } = play(steps);
        const replayed = fold(log);
        expect(replayed).toStrictEqual(final);
        expect(JSON.stringify(replayed)).toBe(JSON.stringify(final));
        expect(final.version).toBe(log.length);
      }),
      { numRuns: 100 },
    );
  });

  it('decides the same events from the same steps (decide is deterministic too)', () => {
    fc.assert(
      fc.property(stepsArb, (steps) => {
        expect(play(steps).log).toStrictEqual(play(steps).log);
      }),
      { numRuns: 50 },
    );
  });

  it('reaches the interesting cases, so the properties above are not vacuous', () => {
    const seen = new Set<string>();
    for (const steps of fc.sample(stepsArb, { numRuns: 300, seed: 42 })) {
      for (const { event, before, after } of play(steps).applied) {
        if (event.type === 'TopicsMerged' && event.refunds.length > 0) seen.add('merge with refunds');
        if (event.type === 'TopicsMerged' && before.settings.allowStacking && Object.keys(before.dots).length > 0) seen.add('merge while stacking');
        if (event.type === 'TopicHidden' && Object.values(before.dots).some((d) => event.topicId in d)) seen.add('hide a voted topic');
        if (event.type === 'TopicRestored') seen.add('restore');
        if (event.type === 'DotPlaced' && event.byFacilitator) seen.add('dot for a paper participant');
        if (event.type === 'DotPlaced' && before.settings.tallyMode === 'hidden') seen.add('dot in hidden mode');
        if (event.type === 'DotPlaced' && (before.dots[event.participantId]?.[event.topicId] ?? 0) > 0) seen.add('stacked dot');
        if (event.type === 'TalliesRevealed' && before.settings.tallyMode === 'hidden') seen.add('reveal');
        if (event.type === 'TopicWithdrawn' && Object.values(before.dots).some((d) => event.topicId in d)) seen.add('withdraw a voted topic');
        if (event.type === 'AgendaProposed' && before.agenda.locked.length > 0) seen.add('agenda proposed around a lock');
        if (event.type === 'TopicMoved' && event.swappedTopicId !== null) seen.add('topics swapped');
        if (event.type === 'TopicMoved' && event.to === null) seen.add('topic unscheduled');
        if (event.type === 'GroupsAssigned' && Object.keys(after.breakouts.members).length > 0) seen.add('groups assigned');
        if (event.type === 'GroupJoined' && event.via === 'self' && event.fromTopicId !== null) seen.add('changed group (two feet)');
        if (event.type === 'GroupJoined' && event.via === 'self' && before.phase === 'agenda') seen.add('chose a group before the breakouts');
        if (event.type === 'GroupJoined' && event.via === 'checkin') seen.add('checked in');
        if (event.type === 'GroupJoined' && event.via === 'facilitator') seen.add('moved by the facilitator');
        if (event.type === 'GroupJoined' && groupCapacity(after, event.slotId, event.topicId) === after.breakouts.headcounts[event.slotId]?.[event.topicId]) {
          seen.add('a group filled up');
        }
        if (event.type === 'GroupLeft') seen.add('left a group');
        if (event.type === 'ProposalDotPlaced' && event.byFacilitator) seen.add('proposal dot for a paper participant');
        if (event.type === 'ProposalDotPlaced' && before.settings.tallyMode === 'hidden' && !before.convergence.revealed) {
          seen.add('proposal dot while its counts are hidden');
        }
        if (event.type === 'ProposalDotPlaced' && (before.convergence.dots[event.participantId]?.[event.proposalId] ?? 0) > 0) {
          seen.add('stacked proposal dot');
        }
        if (event.type === 'ProposalDotRemoved') seen.add('proposal dot taken back');
        if (event.type === 'ConvergenceRevealed' && before.settings.tallyMode === 'hidden') seen.add('convergence revealed');
        if (event.type === 'ConvergenceOpened' && before.convergence.status === 'closed') seen.add('closed ballot replaced');
        if (event.type === 'VoteSettingsChanged' && Object.keys(before.convergence.dots).length > 0) seen.add('settings changed under proposal dots');
        const seated = (state: typeof before) => Object.values(state.breakouts.members).reduce((n, bySlot) => n + Object.keys(bySlot).length, 0);
        if (!event.type.startsWith('Group') && seated(after) < seated(before)) seen.add('group dissolved by a change of grid or topics');
      }
    }
    expect([...seen].sort()).toStrictEqual(
      [
        'merge with refunds',
        'merge while stacking',
        'hide a voted topic',
        'restore',
        'dot for a paper participant',
        'dot in hidden mode',
        'stacked dot',
        'reveal',
        'withdraw a voted topic',
        'agenda proposed around a lock',
        'topics swapped',
        'topic unscheduled',
        'groups assigned',
        'changed group (two feet)',
        'chose a group before the breakouts',
        'checked in',
        'moved by the facilitator',
        'a group filled up',
        'left a group',
        'group dissolved by a change of grid or topics',
        'proposal dot for a paper participant',
        'proposal dot while its counts are hidden',
        'stacked proposal dot',
        'proposal dot taken back',
        'convergence revealed',
        'closed ballot replaced',
        'settings changed under proposal dots',
      ].sort(),
    );
  });
});

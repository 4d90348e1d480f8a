import { proposalsOf, type GroupKey, type GroupNotes } from '../model/notes.ts';
import type { Proposal, SessionState } from '../model/session.ts';

/** A proposal as the facilitator lists it before opening the vote: no id yet. */
export type ProposalDraft = Omit<Proposal, 'id'>;

export interface RankedProposal {
  proposal: Proposal;
  dots: number;
}

/** The proposals of the ballot, in the order the facilitator listed them. */
export function proposalsInOrder(state: SessionState): Proposal[] {
  return Object.values(state.convergence.proposals);
}

/**
 * Proposals by dots, most first; ties keep the order of the list. Without tallies (a reader who
 * may not see them yet) every count is 0, so the list keeps its order.
 */
export function rankedProposals(state: SessionState): RankedProposal[] {
  const tallies = state.convergence.tallies ?? {};
  return proposalsInOrder(state)
    .map((proposal, index) => ({ proposal, index, dots: tallies[proposal.id] ?? 0 }))
    .sort((a, b) => b.dots - a.dots || a.index - b.index)
    .map(({ proposal, dots }) => ({ proposal, dots }));
}

/** A group can carry proposals when its slot and its topic still exist (openConvergence checks the same). */
function knownGroup(state: SessionState, key: GroupKey): boolean {
  return key.slotId in state.slots && key.topicId in state.topics;
}

/**
 * The groups that may bring proposals, in programme order: by slot time, then by space name as on
 * the signs at the doors; groups only found in `notes` (their topic has moved since) come after
 * the placed groups of their slot.
 */
export function convergenceGroups(state: SessionState, notes: readonly GroupKey[] = []): GroupKey[] {
  const keys = new Map<string, GroupKey>();
  for (const [topicId, cell] of Object.entries(state.agenda.placements)) keys.set(`${cell.slotId}:${topicId}`, { slotId: cell.slotId, topicId });
  for (const { slotId, topicId } of notes) keys.set(`${slotId}:${topicId}`, { slotId, topicId });
  const rank = (key: GroupKey) => {
    const cell = state.agenda.placements[key.topicId];
    const space = cell?.slotId === key.slotId ? state.spaces[cell.spaceId] : undefined;
    return { start: state.slots[key.slotId]?.start ?? '', space: space?.name ?? null };
  };
  return [...keys.values()]
    .filter((key) => knownGroup(state, key))
    .map((key) => ({ key, ...rank(key) }))
    .sort(
      (a, b) =>
        a.start.localeCompare(b.start) ||
        a.key.slotId.localeCompare(b.key.slotId) ||
        (a.space === null ? 1 : 0) - (b.space === null ? 1 : 0) ||
        (a.space ?? '').localeCompare(b.space ?? '', undefined, { numeric: true }) ||
        a.key.topicId.localeCompare(b.key.topicId),
    )
    .map(({ key }) => key);
}

/**
 * The draft list the facilitator starts from: one entry per line of each group's "proposals"
 * section (`proposalsOf`), groups in programme order (`convergenceGroups`). Notes of a group
 * whose slot or topic is gone are left out: the vote could not name where they come from.
 */
export function collectProposals(notes: readonly GroupNotes[], state: SessionState): ProposalDraft[] {
  const byGroup = new Map(notes.map((n) => [`${n.slotId}:${n.topicId}`, n]));
  return convergenceGroups(state, notes).flatMap(({ slotId, topicId }) =>
    proposalsOf(byGroup.get(`${slotId}:${topicId}`)?.sections.proposals ?? '').map((text) => ({ slotId, topicId, text })),
  );
}

import type { GroupKey, SessionState } from '@forum-ouvert/shared';

/** Phones and the projector show the convergence vote once it is opened, in the closing phase. */
export function showsConvergence(state: SessionState): boolean {
  return state.phase === 'closing' && state.convergence.status !== 'draft';
}

/** Where a proposal comes from, in words: "09:00–10:00 · Logement · Iroise" (what is still known of it). */
function groupLabelParts(state: SessionState, key: GroupKey): { times: string | null; topic: string; space: string | null } {
  const slot = state.slots[key.slotId];
  const cell = state.agenda.placements[key.topicId];
  const space = cell?.slotId === key.slotId ? state.spaces[cell.spaceId] : undefined;
  return {
    times: slot ? `${slot.start}–${slot.end}` : null,
    topic: state.topics[key.topicId]?.title ?? '',
    space: space?.name ?? null,
  };
}

export function groupLabel(state: SessionState, key: GroupKey): string {
  const { times, topic, space } = groupLabelParts(state, key);
  return [times, topic, space].filter((part) => part !== null && part !== '').join(' · ');
}

import { evolve, initialState, type EventBatch, type SessionState } from '@forum-ouvert/shared';

/** `applied`: the mirror moved to `batch.to`; `stale`: nothing new; `gap`: events are missing, resync. */
export type BatchOutcome = 'applied' | 'stale' | 'gap';

/**
 * Applies a batch `(from, to]` to the mirror. A batch that overlaps what we hold (it can cross a
 * sync answer in flight) is applied from our version on; one that starts past it is a gap.
 */
export function mergeBatch(
  state: SessionState | null,
  batch: EventBatch,
): { outcome: 'applied'; state: SessionState } | { outcome: 'stale' | 'gap' } {
  const version = state?.version ?? 0;
  if (batch.to <= version && state) return { outcome: 'stale' };
  if (batch.from > version) return { outcome: 'gap' };
  let next = state;
  for (const { seq, event } of batch.events) {
    if (seq <= version && state) continue;
    if (next) next = evolve(next, event, seq);
    else if (event.type === 'SessionCreated') next = evolve(initialState(event), event, seq);
    else return { outcome: 'gap' };
  }
  if (!next) return { outcome: 'gap' };
  return { outcome: 'applied', state: { ...next, version: batch.to } };
}

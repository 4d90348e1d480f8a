import type { EventBatch, Identity, SessionState } from '@forum-ouvert/shared';
import { mergeBatch, type BatchOutcome } from './mirror.ts';
import { useAppStore } from './store.ts';

/** The mirror of the server's session, as this reader may see it. Changed only by events and snapshots. */
export interface SessionSlice {
  session: { state: SessionState | null; you: Identity | null };
}

export function initialSession(): SessionSlice {
  return { session: { state: null, you: null } };
}

export function applyBatch(batch: EventBatch): BatchOutcome {
  const { state } = useAppStore.getState().session;
  const merged = mergeBatch(state, batch);
  if (merged.outcome === 'applied') {
    useAppStore.setState((s) => ({ session: { ...s.session, state: merged.state } }));
  }
  return merged.outcome;
}

/** A snapshot replaces the mirror, unless it is older than what we already hold. */
export function applySnapshot(next: SessionState): void {
  const { state } = useAppStore.getState().session;
  if (state && state.id === next.id && next.version < state.version) return;
  useAppStore.setState((s) => ({ session: { ...s.session, state: next } }));
}

export function setYou(you: Identity): void {
  useAppStore.setState((s) => ({ session: { ...s.session, you } }));
}

export function localVersion(): number {
  return useAppStore.getState().session.state?.version ?? 0;
}

import type { SessionState } from '@forum-ouvert/shared';

/** A snapshot every so many events keeps start-up replay short. */
export const SNAPSHOT_EVERY = 200;

/** What to write with a commit that reaches a snapshot point. */
export interface SnapshotPlan {
  /** The state to write as the session's snapshot; none when it is already the one on disk. */
  write: SessionState | undefined;
  /** The state at this point, written at the next one. */
  next: SessionState;
}

/**
 * When to write a snapshot, and of which state: at every point (every SNAPSHOT_EVERY events) it
 * writes the state of the point before. A restart then replays at least one interval of events
 * and has them at hand for the readers who come back behind. A snapshot of the very last state
 * would leave a restarted server with no recent events: after a crash just past a snapshot, every
 * phone in the room, one event behind, would need a whole snapshot at once (see
 * `npm run bench:reconnect`). The very first snapshot is written as it is taken.
 */
export class SnapshotSchedule {
  private onDisk: number;
  private pending: SessionState | null;

  /** `restoredFrom`: the snapshot the session was loaded from, if it was. */
  constructor(restoredFrom: SessionState | null) {
    this.onDisk = restoredFrom?.version ?? 0;
    this.pending = restoredFrom;
  }

  /** The plan for a commit that brings the session to `state`, or null between two points. */
  plan(state: SessionState): SnapshotPlan | null {
    if (state.version - (this.pending?.version ?? this.onDisk) < SNAPSHOT_EVERY) return null;
    const write = this.pending ?? state;
    return { write: write.version === this.onDisk ? undefined : write, next: state };
  }

  /** Only once the commit is on disk: a failed write leaves the schedule as it was. */
  committed(plan: SnapshotPlan): void {
    if (plan.write) this.onDisk = plan.write.version;
    this.pending = plan.next;
  }
}

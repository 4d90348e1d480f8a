import type { PhaseId } from '@forum-ouvert/shared';
import { usePhaseAnnouncement } from './phaseChange.ts';

/**
 * The phone's one polite live region for phase changes. Always in the page, even before the
 * session arrives, so screen readers already follow it when the first change comes. Votes and
 * tallies never go through it.
 */
export function PhaseAnnouncer({ phase }: { phase: PhaseId | null }) {
  const message = usePhaseAnnouncement(phase);
  return (
    <p className="sr-only" role="status" aria-live="polite" data-testid="phase-announcer">
      {message}
    </p>
  );
}

import { z } from 'zod';

/**
 * Phases are data: each says what participants may do while it is current.
 * Later work (agenda, breakouts, closing) adds entries here, not screens.
 */
export const PHASES = [
  { id: 'lobby', icon: 'lobby', allows: { propose: false, vote: false } },
  { id: 'marketplace', icon: 'marketplace', allows: { propose: true, vote: false } },
  { id: 'voting', icon: 'voting', allows: { propose: false, vote: true } },
] as const;

export type PhaseId = (typeof PHASES)[number]['id'];
export type PhaseActivity = keyof (typeof PHASES)[number]['allows'];

const phaseIds = PHASES.map((p) => p.id) as [PhaseId, ...PhaseId[]];
export const PhaseIdSchema = z.enum(phaseIds);

export function phaseAllows(phase: PhaseId, activity: PhaseActivity): boolean {
  return PHASES.find((p) => p.id === phase)?.allows[activity] ?? false;
}

export function phaseIndex(phase: PhaseId): number {
  return PHASES.findIndex((p) => p.id === phase);
}

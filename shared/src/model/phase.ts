/**
 * Phases are data: each says what participants may do while it is current.
 * Later work (agenda, breakouts, closing) adds entries here, not screens.
 */
export const PHASES = [
  { id: 'lobby', icon: 'lobby', allows: { propose: false, vote: false, move: false, converge: false } },
  { id: 'marketplace', icon: 'marketplace', allows: { propose: true, vote: false, move: false, converge: false } },
  { id: 'voting', icon: 'voting', allows: { propose: false, vote: true, move: false, converge: false } },
  /** The facilitator builds the programme; participants see it once it is published. */
  { id: 'agenda', icon: 'agenda', allows: { propose: false, vote: false, move: false, converge: false } },
  /** Groups meet; the law of two feet lets anyone change group at any time. */
  { id: 'breakouts', icon: 'breakouts', allows: { propose: false, vote: false, move: true, converge: false } },
  /** Groups report back; the facilitator may open the convergence vote on their proposals. */
  { id: 'closing', icon: 'closing', allows: { propose: false, vote: false, move: false, converge: true } },
] as const;

export type PhaseId = (typeof PHASES)[number]['id'];
export type PhaseActivity = keyof (typeof PHASES)[number]['allows'];

export function phaseAllows(phase: PhaseId, activity: PhaseActivity): boolean {
  return PHASES.find((p) => p.id === phase)?.allows[activity] ?? false;
}

export function phaseIndex(phase: PhaseId): number {
  return PHASES.findIndex((p) => p.id === phase);
}

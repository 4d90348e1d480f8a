import { phaseAllows } from '../model/phase.ts';
import type { SessionState } from '../model/session.ts';
import type { VoteSettings } from '../model/settings.ts';

/** How many dots one person may put on one topic. */
export function maxDotsPerTopic(settings: VoteSettings): number {
  return settings.allowStacking ? settings.dotBudget : 1;
}

export function dotsUsed(state: SessionState, participantId: string): number {
  return Object.values(state.dots[participantId] ?? {}).reduce((sum, n) => sum + n, 0);
}

export function remainingDots(state: SessionState, participantId: string): number {
  return Math.max(0, state.settings.dotBudget - dotsUsed(state, participantId));
}

export function dotsOn(state: SessionState, participantId: string, topicId: string): number {
  return state.dots[participantId]?.[topicId] ?? 0;
}

/** Why a dot cannot be placed now, or null when it can. Shared by decide and the buttons. */
export function dotRefusal(
  state: SessionState,
  participantId: string,
  topicId: string,
): 'WRONG_PHASE' | 'NOT_FOUND' | 'BUDGET_EXCEEDED' | 'CONFLICT' | null {
  if (!phaseAllows(state.phase, 'vote')) return 'WRONG_PHASE';
  const topic = state.topics[topicId];
  if (!topic || topic.hidden) return 'NOT_FOUND';
  if (remainingDots(state, participantId) <= 0) return 'BUDGET_EXCEEDED';
  if (dotsOn(state, participantId, topicId) >= maxDotsPerTopic(state.settings)) return 'CONFLICT';
  return null;
}

/** Whether anyone already holds more dots than `settings` would allow. */
export function settingsFitCurrentDots(state: SessionState, settings: VoteSettings): boolean {
  const perTopic = maxDotsPerTopic(settings);
  return Object.values(state.dots).every((byTopic) => {
    const counts = Object.values(byTopic);
    return counts.reduce((a, b) => a + b, 0) <= settings.dotBudget && counts.every((n) => n <= perTopic);
  });
}

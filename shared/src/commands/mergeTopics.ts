import type { z } from 'zod';
import type { Refund } from '../events/events.ts';
import { fail } from '../protocol/errors.ts';
import { maxDotsPerTopic } from '../rules/voting.ts';
import { accept, type Decide } from './decision.ts';
import type { MergeTopicsSchema } from './mergeTopics.schema.ts';

/** Merges `sourceId` into `targetId`: the target keeps both wordings, both proposers and both sets of dots. */
export type MergeTopics = z.infer<typeof MergeTopicsSchema>;

export const decideMergeTopics: Decide<MergeTopics> = (state, command) => {
  if (command.sourceId === command.targetId) return fail('VALIDATION', 'A topic cannot merge with itself');
  const source = state.topics[command.sourceId];
  const target = state.topics[command.targetId];
  if (!source || !target) return fail('NOT_FOUND', 'Unknown topic');
  // Merged dots on a hidden target would sit where nobody sees them; a hidden source's wording would resurface.
  if (source.hidden || target.hidden) return fail('CONFLICT', 'Restore a hidden topic before merging it');
  const cap = maxDotsPerTopic(state.settings);
  const refunds: Refund[] = [];
  for (const [participantId, perTopic] of Object.entries(state.dots)) {
    const excess = (perTopic[source.id] ?? 0) + (perTopic[target.id] ?? 0) - cap;
    if (excess > 0) refunds.push({ participantId, count: excess });
  }
  return accept({
    type: 'TopicsMerged',
    sourceId: source.id,
    targetId: target.id,
    refunds,
    refundTotal: refunds.reduce((sum, r) => sum + r.count, 0),
  });
};

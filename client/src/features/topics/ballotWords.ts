import type { BallotKind } from '@forum-ouvert/shared';

/** What changes in the words of the dot controls between the topic vote and the convergence vote. */
export const BALLOT_WORDS = {
  topics: {
    full: 'voting.topicFull',
    stacking: 'voting.stackingAllowed',
    single: 'voting.oneDotPerTopic',
  },
  proposals: {
    full: 'convergence.vote.proposalFull',
    stacking: 'convergence.vote.stackingAllowed',
    single: 'convergence.vote.oneDotPerProposal',
  },
} as const satisfies Record<BallotKind, Record<string, string>>;

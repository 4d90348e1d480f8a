/** Hard limits of the domain. The server enforces them through the zod schemas; the client shows them. */
export const LIMITS = {
  sessionTitleMax: 120,
  questionMax: 300,
  themeNameMax: 40,
  themesMax: 12,
  topicTitleMax: 120,
  topicDescriptionMax: 1000,
  pseudonymMax: 40,
  dotBudgetMax: 20,
  topicsPerParticipant: 10,
  topicsPerSession: 500,
  participantsPerSession: 5000,
  /** Proposals of one convergence vote, and the length of each. */
  proposalsPerBallot: 300,
  proposalTextMax: 500,
  idMax: 64,
} as const;

import { groupKeyString, LIMITS, proposalsOf, type GroupKey, type ProposalDraft } from '@forum-ouvert/shared';

/** What the facilitator edits: one text per group (`groupKeyString`), one proposal per line. */
export type DraftTexts = Record<string, string>;

export function textsFromDrafts(drafts: readonly ProposalDraft[]): DraftTexts {
  const texts: DraftTexts = {};
  for (const draft of drafts) {
    const key = groupKeyString(draft);
    texts[key] = texts[key] ? `${texts[key]}\n${draft.text}` : draft.text;
  }
  return texts;
}

/** The list to open the vote on: groups in the order given, lines in the order written (bullets and blanks dropped). */
export function draftsFromTexts(groups: readonly GroupKey[], texts: DraftTexts): ProposalDraft[] {
  return groups.flatMap(({ slotId, topicId }) =>
    proposalsOf(texts[groupKeyString({ slotId, topicId })] ?? '').map((text) => ({ slotId, topicId, text })),
  );
}

export interface DraftCheck {
  count: number;
  /** Proposals longer than the server takes. */
  tooLong: number;
  tooMany: boolean;
}

/** The limits `openConvergence` applies, checked before sending so the button says why it is off. */
export function checkDrafts(drafts: readonly ProposalDraft[]): DraftCheck {
  return {
    count: drafts.length,
    tooLong: drafts.filter((d) => d.text.length > LIMITS.proposalTextMax).length,
    tooMany: drafts.length > LIMITS.proposalsPerBallot,
  };
}

export function draftsReady(check: DraftCheck): boolean {
  return check.count > 0 && check.tooLong === 0 && !check.tooMany;
}

import type { SessionEvent } from '@forum-ouvert/shared';

/** What the phone marks "not sent yet". */
export interface PendingMarks {
  /** Topics with something not sent yet: a topic only on this phone, an edit, a translation. */
  topics: ReadonlySet<string>;
  /** Dot changes not sent yet, per topic or proposal. */
  dots: Readonly<Record<string, number>>;
}

export const NO_MARKS: PendingMarks = { topics: new Set(), dots: {} };

/** Collects the marks of the events that entries not sent yet produced in the fold. */
export class MarksBuilder {
  private readonly topics = new Set<string>();
  private readonly dots: Record<string, number> = {};

  add(event: SessionEvent): void {
    switch (event.type) {
      case 'TopicProposed':
      case 'TopicEdited':
      case 'TopicTranslated':
        this.topics.add(event.topicId);
        return;
      case 'DotPlaced':
      case 'DotRemoved':
        this.dots[event.topicId] = (this.dots[event.topicId] ?? 0) + 1;
        return;
      case 'ProposalDotPlaced':
      case 'ProposalDotRemoved':
        this.dots[event.proposalId] = (this.dots[event.proposalId] ?? 0) + 1;
        return;
      default:
        // Other events (a withdrawal) leave nothing on screen to mark; the outbox panel counts them.
        return;
    }
  }

  build(): PendingMarks {
    return this.topics.size === 0 && Object.keys(this.dots).length === 0 ? NO_MARKS : { topics: this.topics, dots: this.dots };
  }
}

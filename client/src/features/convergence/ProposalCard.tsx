import type { Proposal } from '@forum-ouvert/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Tally } from '../../components/Tally.tsx';
import { isolate } from '../../i18n/bidi.ts';
import './convergence.css';

interface Props {
  proposal: Proposal;
  /** The title of the topic whose group wrote it, if it still exists. */
  topicTitle: string | undefined;
  /** Dots on it, or null while this reader may not see them. */
  tally: number | null;
  children?: ReactNode;
}

/** One proposal on a phone: its words, the group it comes from, its count when shown, and the dot buttons. */
export function ProposalCard({ proposal, topicTitle, tally, children }: Props) {
  const { t } = useTranslation();
  return (
    <article className="card proposal-card" data-testid={`proposal-${proposal.id}`} aria-labelledby={`proposal-text-${proposal.id}`}>
      <p id={`proposal-text-${proposal.id}`} className="proposal-card__text" dir="auto">
        {proposal.text}
      </p>
      {topicTitle && <p className="hint">{t('convergence.vote.fromGroup', { topic: isolate(topicTitle) })}</p>}
      {tally !== null && <Tally targetId={proposal.id} count={tally} />}
      {children}
    </article>
  );
}

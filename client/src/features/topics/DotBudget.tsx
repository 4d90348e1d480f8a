import { ballotOf, ballotRemaining, type BallotKind, type SessionState } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { BALLOT_WORDS } from './ballotWords.ts';

interface Props {
  state: SessionState;
  kind: BallotKind;
  me: string;
  /** Whether this reader's view holds the counts of this vote. */
  talliesShown: boolean;
}

/** Dots left (announced as they change), whether they stack, and whether results are shown yet. */
export function DotBudget({ state, kind, me, talliesShown }: Props) {
  const { t } = useTranslation();
  const left = ballotRemaining(ballotOf(state, kind), me);
  const words = BALLOT_WORDS[kind];
  return (
    <>
      <p
        className="remaining"
        role="status"
        aria-live="polite"
        data-testid={kind === 'topics' ? 'remaining-dots' : 'remaining-proposal-dots'}
        data-count={left}
      >
        {t('voting.remaining', { count: left, total: state.settings.dotBudget })}
      </p>
      <p className="hint">{t(state.settings.allowStacking ? words.stacking : words.single)}</p>
      {!talliesShown && <p className="hint">{t('voting.talliesHidden')}</p>}
    </>
  );
}

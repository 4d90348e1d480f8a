import type { BallotKind } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon.tsx';
import { BALLOT_WORDS } from './ballotWords.ts';
import type { DotControlsState } from './dotControls.ts';

interface Props extends DotControlsState {
  /** The topic or proposal the dots go on; names the test ids. */
  targetId: string;
  /** Its title or text, so that a screen reader knows which buttons these are. */
  targetLabel: string;
  kind?: BallotKind;
  pending: boolean;
  onPlace: () => void;
  onRemove: () => void;
}

/** My dots, then "Place a dot" and "Remove a dot", each button named after its topic or proposal so a screen reader knows which one. */
export function DotControls({ targetId, targetLabel, kind = 'topics', mine, placeRefusal, canRemove, pending, onPlace, onRemove }: Props) {
  const { t } = useTranslation();
  return (
    <div className="dot-controls">
      <div className="dot-controls__row" role="group" aria-label={t('voting.groupLabel', { title: targetLabel })}>
        <span className="dot-controls__mine" data-testid={`my-dots-${targetId}`} data-count={mine}>
          <span className="dots" aria-hidden="true">
            {Array.from({ length: mine }, (_, i) => (
              <span key={i} className="dot" />
            ))}
          </span>
          {t('voting.mine', { count: mine })}
        </span>
        {/* Words on the buttons, not just + and −; the accessible name adds which topic. */}
        <button
          type="button"
          className="button button--primary dot-controls__button"
          aria-label={t('voting.add', { title: targetLabel })}
          disabled={placeRefusal !== null || pending}
          onClick={onPlace}
          data-testid={`dot-add-${targetId}`}
          data-refusal={placeRefusal ?? ''}
        >
          <Icon name="plus" />
          {t('a11y.placeDot')}
        </button>
        <button
          type="button"
          className="button dot-controls__button"
          aria-label={t('voting.remove', { title: targetLabel })}
          disabled={!canRemove || pending}
          onClick={onRemove}
          data-testid={`dot-remove-${targetId}`}
        >
          <Icon name="minus" />
          {t('a11y.removeDot')}
        </button>
      </div>
      {placeRefusal === 'CONFLICT' && <p className="hint">{t(BALLOT_WORDS[kind].full)}</p>}
    </div>
  );
}

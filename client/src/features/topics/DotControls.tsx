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

/** − / your dots / +, each button named after its topic or proposal so a screen reader knows which one. */
export function DotControls({ targetId, targetLabel, kind = 'topics', mine, placeRefusal, canRemove, pending, onPlace, onRemove }: Props) {
  const { t } = useTranslation();
  return (
    <div className="dot-controls">
      <div className="dot-controls__row" role="group" aria-label={t('voting.groupLabel', { title: targetLabel })}>
        <button
          type="button"
          className="button button--round"
          aria-label={t('voting.remove', { title: targetLabel })}
          disabled={!canRemove || pending}
          onClick={onRemove}
          data-testid={`dot-remove-${targetId}`}
        >
          <Icon name="minus" />
        </button>
        <span className="dot-controls__mine" data-testid={`my-dots-${targetId}`} data-count={mine}>
          <span className="dots" aria-hidden="true">
            {Array.from({ length: mine }, (_, i) => (
              <span key={i} className="dot" />
            ))}
          </span>
          {t('voting.mine', { count: mine })}
        </span>
        <button
          type="button"
          className="button button--round button--primary"
          aria-label={t('voting.add', { title: targetLabel })}
          disabled={placeRefusal !== null || pending}
          onClick={onPlace}
          data-testid={`dot-add-${targetId}`}
          data-refusal={placeRefusal ?? ''}
        >
          <Icon name="plus" />
        </button>
      </div>
      {placeRefusal === 'CONFLICT' && <p className="hint">{t(BALLOT_WORDS[kind].full)}</p>}
    </div>
  );
}

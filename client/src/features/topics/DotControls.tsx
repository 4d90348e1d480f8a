import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon.tsx';
import type { DotControlsState } from './dotControls.ts';

interface Props extends DotControlsState {
  topicId: string;
  topicTitle: string;
  pending: boolean;
  onPlace: () => void;
  onRemove: () => void;
}

/** − / your dots / +, each button named after the topic so a screen reader knows which one. */
export function DotControls({ topicId, topicTitle, mine, placeRefusal, canRemove, pending, onPlace, onRemove }: Props) {
  const { t } = useTranslation();
  return (
    <div className="dot-controls">
      <div className="dot-controls__row" role="group" aria-label={t('voting.groupLabel', { title: topicTitle })}>
        <button
          type="button"
          className="button button--round"
          aria-label={t('voting.remove', { title: topicTitle })}
          disabled={!canRemove || pending}
          onClick={onRemove}
          data-testid={`dot-remove-${topicId}`}
        >
          <Icon name="minus" />
        </button>
        <span className="dot-controls__mine" data-testid={`my-dots-${topicId}`} data-count={mine}>
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
          aria-label={t('voting.add', { title: topicTitle })}
          disabled={placeRefusal !== null || pending}
          onClick={onPlace}
          data-testid={`dot-add-${topicId}`}
          data-refusal={placeRefusal ?? ''}
        >
          <Icon name="plus" />
        </button>
      </div>
      {placeRefusal === 'CONFLICT' && <p className="hint">{t('voting.topicFull')}</p>}
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  confirmLabel: string;
  /** What the action is about (a topic's title), read by screen readers after the label. */
  context: string;
  testId: string;
  disabled?: boolean;
  onConfirm: () => void;
}

/** A destructive action asks once more, in the page (no browser dialog), and can be cancelled. */
export function ConfirmButton({ label, confirmLabel, context, testId, disabled = false, onConfirm }: Props) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="button" disabled={disabled} onClick={() => setAsking(true)} data-testid={testId}>
        {label}
        <span className="sr-only"> {context}</span>
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={`${label} ${context}`}>
      <button
        type="button"
        className="button button--danger"
        autoFocus
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
        data-testid={`${testId}-confirm`}
      >
        {confirmLabel}
      </button>
      <button type="button" className="button" onClick={() => setAsking(false)}>
        {t('common.cancel')}
      </button>
    </span>
  );
}

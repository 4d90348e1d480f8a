import type { SessionState } from '@forum-ouvert/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandResult } from '../../../net/commands.ts';
import type { ClientErrorCode } from '../../../net/errors.ts';
import { Refusal } from '../Refusal.tsx';
import { slotProblem, type SlotProblem, type SlotTimes } from './slotDraft.ts';
import { PoliteRegion } from '../../../components/PoliteRegion.tsx';

interface Props {
  state: SessionState;
  /** The slot being edited, or null when adding one. */
  slotId: string | null;
  /** Prefix of the test ids: `<testId>-start`, `-end`, `-submit`. */
  testId: string;
  initial?: SlotTimes;
  submitLabel: string;
  onSubmit: (times: SlotTimes) => Promise<CommandResult>;
  onDone?: () => void;
  onCancel?: () => void;
}

const EMPTY: SlotTimes = { start: '', end: '' };

/** Start and end of a time slot, checked with the server's own rules before it is sent. */
export function SlotForm({ state, slotId, testId, initial = EMPTY, submitLabel, onSubmit, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [times, setTimes] = useState(initial);
  const [problem, setProblem] = useState<SlotProblem | null>(null);
  const [error, setError] = useState<ClientErrorCode | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = slotProblem(state, times, slotId);
    setProblem(found);
    setError(null);
    if (found) {
      const field = found === 'order' || (found === 'missing' && times.start) ? 'end' : 'start';
      document.getElementById(`${id}-${field}`)?.focus();
      return;
    }
    setPending(true);
    const result = await onSubmit(times);
    setPending(false);
    if (!result.ok) return setError(result.error.code);
    if (!onCancel) setTimes(EMPTY);
    onDone?.();
  }

  const invalid = problem ? { 'aria-invalid': true, 'aria-describedby': `${id}-problem` } : {};
  return (
    <form className="slot-form" onSubmit={(e) => void submit(e)} noValidate data-testid={testId}>
      <div className="field">
        <label htmlFor={`${id}-start`}>{t('slotsEditor.start')}</label>
        <input id={`${id}-start`} type="time" required value={times.start} {...invalid} onChange={(e) => setTimes((s) => ({ ...s, start: e.target.value }))} data-testid={`${testId}-start`} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-end`}>{t('slotsEditor.end')}</label>
        <input id={`${id}-end`} type="time" required value={times.end} {...invalid} onChange={(e) => setTimes((s) => ({ ...s, end: e.target.value }))} data-testid={`${testId}-end`} />
      </div>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={pending} data-testid={`${testId}-submit`}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
      <PoliteRegion>
        {problem && (
          <p className="error slot-form__problem" id={`${id}-problem`} data-testid={`${testId}-problem`} data-problem={problem}>
            {t(`slotsEditor.problem.${problem}`)}
          </p>
        )}
      </PoliteRegion>
      <Refusal code={error} conflict={t('slotsEditor.conflict')} />
    </form>
  );
}

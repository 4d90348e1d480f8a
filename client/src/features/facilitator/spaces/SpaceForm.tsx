import { SPACE_CAPACITY_MAX, SPACE_LANGUAGE_MAX, SPACE_NAME_MAX } from '@forum-ouvert/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandResult } from '../../../net/commands.ts';
import type { ClientErrorCode } from '../../../net/errors.ts';
import { Refusal } from '../Refusal.tsx';
import { checkSpaceDraft, EMPTY_SPACE_DRAFT, type SpaceDraft, type SpaceFields, type SpaceProblem } from './spaceDraft.ts';
import { PoliteRegion } from '../../../components/PoliteRegion.tsx';

interface Props {
  /** Prefix of every test id in the form: `<testId>-name`, `-capacity`, `-language`, `-interpreter`, `-submit`. */
  testId: string;
  initial?: SpaceDraft;
  submitLabel: string;
  /** What a CONFLICT means for this form. */
  conflict: string;
  onSubmit: (space: SpaceFields) => Promise<CommandResult>;
  onDone?: () => void;
  onCancel?: () => void;
}

/** Name, seats, working language and interpreter of a room: adding one and editing one. */
export function SpaceForm({ testId, initial = EMPTY_SPACE_DRAFT, submitLabel, conflict, onSubmit, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const [problem, setProblem] = useState<SpaceProblem | null>(null);
  const [error, setError] = useState<ClientErrorCode | null>(null);
  const [pending, setPending] = useState(false);
  const change = (patch: Partial<SpaceDraft>) => setDraft((d) => ({ ...d, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkSpaceDraft(draft);
    setError(null);
    setProblem(checked.ok ? null : checked.problem);
    if (!checked.ok) {
      document.getElementById(`${id}-${checked.problem}`)?.focus();
      return;
    }
    setPending(true);
    const result = await onSubmit(checked.space);
    setPending(false);
    if (!result.ok) return setError(result.error.code);
    if (!onCancel) setDraft(EMPTY_SPACE_DRAFT);
    onDone?.();
  }

  const invalid = (field: SpaceProblem) => (problem === field ? { 'aria-invalid': true, 'aria-describedby': `${id}-problem` } : {});
  return (
    <form className="space-form" onSubmit={(e) => void submit(e)} noValidate data-testid={testId}>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('spacesEditor.name')}</label>
        <input id={`${id}-name`} dir="auto" value={draft.name} maxLength={SPACE_NAME_MAX} required {...invalid('name')} onChange={(e) => change({ name: e.target.value })} data-testid={`${testId}-name`} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-capacity`}>{t('spacesEditor.capacity')}</label>
        <input
          id={`${id}-capacity`}
          type="number"
          inputMode="numeric"
          min={1}
          max={SPACE_CAPACITY_MAX}
          required
          value={draft.capacity}
          {...invalid('capacity')}
          onChange={(e) => change({ capacity: e.target.value })}
          data-testid={`${testId}-capacity`}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-language`}>{t('spacesEditor.language')}</label>
        <input
          id={`${id}-language`}
          dir="auto"
          value={draft.language}
          maxLength={SPACE_LANGUAGE_MAX}
          placeholder={t('spacesEditor.languagePlaceholder')}
          {...invalid('language')}
          onChange={(e) => change({ language: e.target.value })}
          data-testid={`${testId}-language`}
        />
      </div>
      <div className="choice">
        <input id={`${id}-interpreter`} type="checkbox" checked={draft.interpreter} onChange={(e) => change({ interpreter: e.target.checked })} data-testid={`${testId}-interpreter`} />
        <label htmlFor={`${id}-interpreter`}>{t('spacesEditor.interpreter')}</label>
      </div>
      <PoliteRegion>
        {problem && (
          <p className="error" id={`${id}-problem`} data-testid={`${testId}-problem`} data-problem={problem}>
            {t(`spacesEditor.problem.${problem}`, { max: SPACE_CAPACITY_MAX })}
          </p>
        )}
      </PoliteRegion>
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
      <Refusal code={error} conflict={conflict} />
    </form>
  );
}

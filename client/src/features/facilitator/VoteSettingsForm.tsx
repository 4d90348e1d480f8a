import { LIMITS, type TallyMode, type VoteSettings } from '@forum-ouvert/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandResult } from '../../net/commands.ts';
import type { ClientErrorCode } from '../../net/errors.ts';
import { Refusal } from './Refusal.tsx';

const TALLY_MODES: readonly TallyMode[] = ['live', 'hidden'];

/** Dot budget, stacking, live or hidden tallies. Keyed by the current settings, so it follows the server. */
export function VoteSettingsForm({ settings, onSave }: { settings: VoteSettings; onSave: (s: VoteSettings) => Promise<CommandResult> }) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(settings);
  const [budgetText, setBudgetText] = useState(String(settings.dotBudget));
  const [error, setError] = useState<ClientErrorCode | null>(null);
  const [pending, setPending] = useState(false);
  const budget = Number(budgetText);
  const budgetValid = Number.isInteger(budget) && budget >= 1 && budget <= LIMITS.dotBudgetMax;
  const changed =
    budget !== settings.dotBudget || draft.allowStacking !== settings.allowStacking || draft.tallyMode !== settings.tallyMode;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!budgetValid) return;
    setPending(true);
    setError(null);
    const result = await onSave({ ...draft, dotBudget: budget });
    setPending(false);
    if (!result.ok) setError(result.error.code);
  }

  return (
    <form className="stack" onSubmit={(e) => void submit(e)} data-testid="vote-settings-form" noValidate>
      <div className="field">
        <label htmlFor={`${id}-budget`}>{t('settings.dotBudget')}</label>
        <input
          id={`${id}-budget`}
          type="number"
          inputMode="numeric"
          min={1}
          max={LIMITS.dotBudgetMax}
          value={budgetText}
          aria-invalid={!budgetValid}
          aria-describedby={`${id}-budget-hint`}
          onChange={(e) => setBudgetText(e.target.value)}
          data-testid="settings-dot-budget"
        />
        <span id={`${id}-budget-hint`} className={budgetValid ? 'hint' : 'error'}>
          {t('settings.dotBudgetHint', { max: LIMITS.dotBudgetMax })}
        </span>
      </div>
      <label className="choice">
        <input
          type="checkbox"
          checked={draft.allowStacking}
          onChange={(e) => setDraft({ ...draft, allowStacking: e.target.checked })}
          data-testid="settings-allow-stacking"
        />
        {t('settings.allowStacking')}
      </label>
      <fieldset>
        <legend>{t('settings.tallyMode')}</legend>
        {TALLY_MODES.map((mode) => (
          <label key={mode} className="choice">
            <input
              type="radio"
              name={`${id}-tally`}
              checked={draft.tallyMode === mode}
              onChange={() => setDraft({ ...draft, tallyMode: mode })}
              data-testid={`settings-tally-${mode}`}
            />
            {t(`settings.tally.${mode}`)}
          </label>
        ))}
      </fieldset>
      <Refusal code={error} conflict={t('settings.conflict')} />
      <button type="submit" className="button button--primary" disabled={pending || !changed || !budgetValid} data-testid="settings-save">
        {t('settings.save')}
      </button>
    </form>
  );
}

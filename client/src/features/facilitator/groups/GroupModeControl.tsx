import type { GroupMode } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../../../hooks/useCommand.ts';
import { Refusal } from '../Refusal.tsx';

const MODES: readonly GroupMode[] = ['assigned', 'free'];

/** How groups form: the app places everyone, or each person picks (full groups refuse). */
export function GroupModeControl({ mode }: { mode: GroupMode }) {
  const { t } = useTranslation();
  const { run, pending, error } = useCommand();
  return (
    <div className="stack stack--tight" role="group" aria-labelledby="group-mode-label" data-testid="group-mode" data-mode={mode}>
      <p id="group-mode-label" className="label">
        {t('groupsPanel.modeLabel')}
      </p>
      <div className="chips">
        {MODES.map((m) => (
          <button
            key={m}
            type="button"
            className="chip"
            aria-pressed={mode === m}
            aria-describedby={`group-mode-hint-${m}`}
            disabled={pending}
            onClick={() => mode !== m && void run({ type: 'setGroupMode', mode: m })}
            data-testid={`group-mode-${m}`}
          >
            {t(`groupsPanel.mode.${m}`)}
          </button>
        ))}
      </div>
      <ul className="hint">
        {MODES.map((m) => (
          <li key={m} id={`group-mode-hint-${m}`}>
            {t(`groupsPanel.modeHint.${m}`)}
          </li>
        ))}
      </ul>
      <Refusal code={error} conflict={t('groupsPanel.modeConflict')} />
    </div>
  );
}

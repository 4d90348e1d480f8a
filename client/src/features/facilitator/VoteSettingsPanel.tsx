import type { VoteSettings } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../hooks/useCommand.ts';
import { sendCommand } from '../../net/commands.ts';
import { VoteSettingsForm } from './VoteSettingsForm.tsx';

export function VoteSettingsPanel({ settings, talliesRevealed }: { settings: VoteSettings; talliesRevealed: boolean }) {
  const { t } = useTranslation();
  const reveal = useCommand();
  return (
    <section className="card stack" aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('settings.heading')}</h2>
      <VoteSettingsForm
        key={JSON.stringify(settings)}
        settings={settings}
        onSave={(next) => sendCommand({ type: 'updateVoteSettings', settings: next })}
      />
      {settings.tallyMode === 'hidden' && (
        <div className="stack stack--tight">
          <p role="status" data-testid="tallies-state" data-revealed={talliesRevealed}>
            {t(talliesRevealed ? 'settings.revealedState' : 'settings.hiddenState')}
          </p>
          <button
            type="button"
            className="button button--primary"
            disabled={reveal.pending}
            onClick={() => void reveal.run({ type: 'revealTallies', revealed: !talliesRevealed })}
            data-testid="reveal-tallies"
          >
            {t(talliesRevealed ? 'settings.hideTallies' : 'settings.revealTallies')}
          </button>
          <ErrorMessage code={reveal.error} />
        </div>
      )}
    </section>
  );
}

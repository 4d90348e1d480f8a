import { LIMITS, phaseAllows, remainingDots, type SessionState } from '@forum-ouvert/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../hooks/useCommand.ts';
import { sendCommand } from '../../net/commands.ts';
import { setActingFor } from '../../store/ui.ts';
import { useAppStore } from '../../store/store.ts';
import { TopicForm } from '../topics/TopicForm.tsx';

/** People without a phone: the facilitator adds them, then proposes and votes on their behalf. */
export function PaperParticipantsPanel({ state }: { state: SessionState }) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const add = useCommand();
  const actingFor = useAppStore((s) => s.ui.actingFor);
  const paper = Object.values(state.participants).filter((p) => p.paper);
  const acting = actingFor ? state.participants[actingFor] : undefined;

  return (
    <section className="card stack" aria-labelledby={`${id}-heading`} data-testid="paper-panel">
      <h2 id={`${id}-heading`}>{t('paper.heading')}</h2>
      <p className="hint">{t('paper.explain')}</p>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void add.run({ type: 'addPaperParticipant', pseudonym: name.trim() }).then((r) => r.ok && setName(''));
        }}
      >
        <label htmlFor={`${id}-name`}>{t('paper.name')}</label>
        <input id={`${id}-name`} dir="auto" value={name} maxLength={LIMITS.pseudonymMax} onChange={(e) => setName(e.target.value)} data-testid="paper-name-input" />
        <button type="submit" className="button" disabled={add.pending} data-testid="paper-add">
          {t('paper.add')}
        </button>
      </form>
      <ErrorMessage code={add.error} />
      {paper.length > 0 && (
        <div className="field">
          <label htmlFor={`${id}-acting`}>{t('paper.actingFor')}</label>
          <select id={`${id}-acting`} value={actingFor ?? ''} onChange={(e) => setActingFor(e.target.value || null)} data-testid="paper-acting-for">
            <option value="">{t('paper.nobody')}</option>
            {paper.map((p) => (
              <option key={p.id} value={p.id}>
                {p.pseudonym}
              </option>
            ))}
          </select>
        </div>
      )}
      {acting && (
        <div className="stack" data-testid="paper-acting">
          <p role="status">
            {phaseAllows(state.phase, 'vote')
              ? t('paper.dotsLeft', { name: acting.pseudonym, count: remainingDots(state, acting.id) })
              : t('paper.actingNow', { name: acting.pseudonym })}
          </p>
          {phaseAllows(state.phase, 'propose') && (
            <TopicForm
              mode="propose"
              themes={state.themes}
              testId="paper-propose-form"
              onSubmit={(draft) => sendCommand({ type: 'proposeTopic', ...draft, asParticipantId: acting.id })}
            />
          )}
        </div>
      )}
    </section>
  );
}

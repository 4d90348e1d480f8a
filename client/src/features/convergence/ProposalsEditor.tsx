import {
  collectProposals,
  convergenceGroups,
  groupKeyString,
  LIMITS,
  proposalsInOrder,
  type GroupNotes,
  type SessionState,
} from '@forum-ouvert/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../../hooks/useCommand.ts';
import { Refusal } from '../facilitator/Refusal.tsx';
import { groupLabel } from './convergenceView.ts';
import { checkDrafts, draftsFromTexts, draftsReady, textsFromDrafts, type DraftTexts } from './proposalDraft.ts';

interface Props {
  state: SessionState;
  /** The groups' notes as text, when this screen can read them; otherwise the facilitator types. */
  notes: readonly GroupNotes[];
}

/** The list before the vote: one box per group, pre-filled from its notes (or the last ballot), to reword or trim. */
export function ProposalsEditor({ state, notes }: Props) {
  const { t } = useTranslation();
  const open = useCommand();
  const current = proposalsInOrder(state);
  const fromNotes = () => textsFromDrafts(collectProposals(notes, state));
  const [texts, setTexts] = useState<DraftTexts>(() => (current.length > 0 ? textsFromDrafts(current) : fromNotes()));
  const groups = convergenceGroups(state, [...notes, ...current]);
  const drafts = draftsFromTexts(groups, texts);
  const check = checkDrafts(drafts);

  if (groups.length === 0) return <p className="hint">{t('convergence.panel.noGroups')}</p>;
  return (
    <form
      className="stack"
      data-testid="proposals-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void open.run({ type: 'openConvergence', proposals: drafts });
      }}
    >
      <p className="hint">{t('convergence.panel.explain')}</p>
      {notes.length === 0 ? (
        <p className="hint" data-testid="proposals-no-notes">
          {t('convergence.panel.noNotes')}
        </p>
      ) : (
        <button type="button" className="button" onClick={() => setTexts(fromNotes())} data-testid="proposals-prefill">
          {t('convergence.panel.prefill')}
        </button>
      )}
      {groups.map((group) => {
        const key = groupKeyString(group);
        const id = `proposals-${group.slotId}-${group.topicId}`;
        return (
          <div key={key} className="field">
            <label htmlFor={id}>{groupLabel(state, group)}</label>
            <textarea
              id={id}
              rows={3}
              dir="auto"
              value={texts[key] ?? ''}
              onChange={(e) => setTexts((all) => ({ ...all, [key]: e.target.value }))}
              data-testid={id}
            />
          </div>
        );
      })}
      <p role="status" data-testid="proposals-count" data-count={check.count}>
        {t('convergence.panel.count', { count: check.count })}
      </p>
      {check.tooLong > 0 && <p className="error">{t('convergence.panel.tooLong', { count: check.tooLong, max: LIMITS.proposalTextMax })}</p>}
      {check.tooMany && <p className="error">{t('convergence.panel.tooMany', { max: LIMITS.proposalsPerBallot })}</p>}
      <button type="submit" className="button button--primary" disabled={!draftsReady(check) || open.pending} data-testid="convergence-open">
        {t('convergence.panel.open')}
      </button>
      <Refusal code={open.error} conflict={t('convergence.panel.conflict')} />
    </form>
  );
}

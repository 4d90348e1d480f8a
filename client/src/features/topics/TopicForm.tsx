import { LIMITS, type Theme } from '@forum-ouvert/shared';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CharCount } from '../../components/CharCount.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import type { CommandResult } from '../../net/commands.ts';
import type { ClientErrorCode } from '../../net/errors.ts';
import { cleanDraft, draftProblem, EMPTY_DRAFT, type TopicDraft } from './draft.ts';
import { ThemePicker } from './ThemePicker.tsx';
import { useReaderLanguage } from './useReaderLanguage.ts';
import { WrittenInSelect } from './WrittenInSelect.tsx';
import { PoliteRegion } from '../../components/PoliteRegion.tsx';

interface Props {
  themes: readonly Theme[];
  mode: 'propose' | 'edit';
  initial?: TopicDraft;
  onSubmit: (draft: TopicDraft) => Promise<CommandResult>;
  onDone?: () => void;
  testId: string;
}

/** Proposing a topic and editing one: same fields, same limits as the server's schema. */
export function TopicForm({ themes, mode, initial = EMPTY_DRAFT, onSubmit, onDone, testId }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const titleRef = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState(initial);
  const [problem, setProblem] = useState<ReturnType<typeof draftProblem>>(null);
  const [error, setError] = useState<ClientErrorCode | null>(null);
  const [pending, setPending] = useState(false);
  const [sent, setSent] = useState(false);
  // Kept on the phone (offline) rather than added: the form says so instead of thanking too soon.
  const [kept, setKept] = useState(false);
  // A new topic is in the phone's language unless its writer says otherwise; an edit keeps what was said.
  const reader = useReaderLanguage();
  const language = mode === 'propose' ? (draft.language ?? reader) : draft.language;
  const change = (patch: Partial<TopicDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setSent(false);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = draftProblem(draft);
    setProblem(found);
    setError(null);
    if (found) {
      titleRef.current?.focus();
      return;
    }
    setPending(true);
    const result = await onSubmit({ ...cleanDraft(draft), language });
    setPending(false);
    if (!result.ok) {
      setError(result.error.code);
      return;
    }
    if (mode === 'propose') setDraft({ ...EMPTY_DRAFT, themeId: draft.themeId, language: draft.language });
    setSent(true);
    setKept('queued' in result);
    onDone?.();
  }

  return (
    <form className="topic-form stack" onSubmit={(e) => void submit(e)} noValidate data-testid={testId}>
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('topicForm.title')}</label>
        <input
          ref={titleRef}
          id={`${id}-title`}
          dir="auto"
          data-testid="topic-title-input"
          value={draft.title}
          maxLength={LIMITS.topicTitleMax}
          required
          aria-invalid={problem === 'titleRequired' || problem === 'titleTooLong'}
          aria-describedby={`${id}-title-count${problem ? ` ${id}-problem` : ''}`}
          onChange={(e) => change({ title: e.target.value })}
        />
        <CharCount id={`${id}-title-count`} length={draft.title.length} max={LIMITS.topicTitleMax} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-description`}>{t('topicForm.description')}</label>
        <textarea
          id={`${id}-description`}
          dir="auto"
          data-testid="topic-description-input"
          value={draft.description}
          maxLength={LIMITS.topicDescriptionMax}
          rows={3}
          aria-describedby={`${id}-description-count`}
          onChange={(e) => change({ description: e.target.value })}
        />
        <CharCount id={`${id}-description-count`} length={draft.description.length} max={LIMITS.topicDescriptionMax} />
      </div>
      <WrittenInSelect value={language} onChange={(chosen) => change({ language: chosen })} allowUnknown={mode === 'edit' && initial.language === null} />
      <ThemePicker themes={themes} value={draft.themeId} onChange={(themeId) => change({ themeId })} />
      <PoliteRegion>
        {problem && (
          <p className="error" id={`${id}-problem`} data-testid={`${testId}-problem`}>
            {t(`topicForm.${problem}`)}
          </p>
        )}
      </PoliteRegion>
      <ErrorMessage code={error} />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={pending} data-testid={`${testId}-submit`}>
          {t(mode === 'propose' ? 'topicForm.propose' : 'topicForm.save')}
        </button>
        {mode === 'edit' && onDone && (
          <button type="button" className="button" onClick={onDone}>
            {t('common.cancel')}
          </button>
        )}
      </div>
      <p role="status" aria-live="polite" className="hint">
        {sent && mode === 'propose' ? t(kept ? 'outbox.topicKept' : 'topicForm.proposed') : ''}
      </p>
    </form>
  );
}

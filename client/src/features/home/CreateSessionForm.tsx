import { LIMITS } from '@forum-ouvert/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CharCount } from '../../components/CharCount.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { ThemesEditor } from './ThemesEditor.tsx';
import { presetThemes, themesProblem, type PresetIcon, type ThemeDraft } from './themesDraft.ts';
import { useCreateSession } from './useCreateSession.ts';
import { PoliteRegion } from '../../components/PoliteRegion.tsx';

export function CreateSessionForm() {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState('');
  const [question, setQuestion] = useState('');
  const [themes, setThemes] = useState<ThemeDraft[]>([]);
  const [problem, setProblem] = useState<'titleRequired' | NonNullable<ReturnType<typeof themesProblem>> | null>(null);
  const { create, pending, error } = useCreateSession();

  function applyPreset() {
    setTitle(t('preset.title'));
    setThemes(presetThemes((icon: PresetIcon) => t(`preset.themes.${icon}`)));
    setProblem(null);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = !title.trim() ? 'titleRequired' : themesProblem(themes);
    setProblem(found);
    if (found) return;
    void create({
      title: title.trim(),
      question: question.trim(),
      themes: themes.map((th) => ({ name: th.name.trim(), icon: th.icon })),
    });
  }

  return (
    <form className="card stack" onSubmit={submit} noValidate data-testid="create-form" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('home.createHeading')}</h2>
      <button type="button" className="button" onClick={applyPreset} data-testid="preset-session-lab">
        {t('home.preset')}
      </button>
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('home.title')}</label>
        <input
          id={`${id}-title`}
          dir="auto"
          value={title}
          maxLength={LIMITS.sessionTitleMax}
          required
          aria-invalid={problem === 'titleRequired'}
          onChange={(e) => setTitle(e.target.value)}
          data-testid="session-title-input"
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-question`}>{t('home.question')}</label>
        <textarea
          id={`${id}-question`}
          dir="auto"
          value={question}
          rows={2}
          maxLength={LIMITS.questionMax}
          aria-describedby={`${id}-question-count`}
          onChange={(e) => setQuestion(e.target.value)}
          data-testid="session-question-input"
        />
        <CharCount id={`${id}-question-count`} length={question.length} max={LIMITS.questionMax} />
      </div>
      <ThemesEditor themes={themes} onChange={setThemes} />
      <PoliteRegion>
        {problem && (
          <p className="error" data-testid="create-problem">
            {t(`home.problems.${problem}`, { max: LIMITS.themesMax })}
          </p>
        )}
      </PoliteRegion>
      <ErrorMessage code={error} />
      <button type="submit" className="button button--primary button--wide" disabled={pending} data-testid="create-session">
        {t('home.create')}
      </button>
    </form>
  );
}

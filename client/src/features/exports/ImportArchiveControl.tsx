import { useId, useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { ARCHIVE_MAX_BYTES, useImportArchive, type ImportProblem } from './useImportArchive.ts';
import { PoliteRegion } from '../../components/PoliteRegion.tsx';

const OWN_PROBLEMS = ['noFile', 'tooLarge', 'unreadable', 'invalid'] as const;
type OwnProblem = (typeof OWN_PROBLEMS)[number];
const isOwn = (problem: ImportProblem | null): problem is OwnProblem => (OWN_PROBLEMS as readonly unknown[]).includes(problem);

/** Home page: recreate a workshop from an archive exported earlier (a new session, a new secret link). */
export function ImportArchiveControl() {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const { importFile, pending, problem } = useImportArchive();

  function submit(event: FormEvent) {
    event.preventDefault();
    void importFile(input.current?.files?.[0]);
  }

  return (
    <form className="card stack" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`} data-testid="import-archive-form">
      <h2 id={`${id}-heading`}>{t('exports.import.heading')}</h2>
      <p className="hint">{t('exports.import.intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('exports.import.file')}</label>
        <input
          id={`${id}-file`}
          ref={input}
          type="file"
          accept=".json,application/json"
          aria-describedby={`${id}-hint`}
          aria-invalid={problem !== null}
          data-testid="import-archive-file"
        />
        <p id={`${id}-hint`} className="hint">
          {t('exports.import.fileHint', { max: ARCHIVE_MAX_BYTES / (1024 * 1024) })}
        </p>
      </div>
      {isOwn(problem) ? (
        <PoliteRegion>
          <p className="error" data-testid="import-archive-problem">
            {t(`exports.import.problems.${problem}`, { max: ARCHIVE_MAX_BYTES / (1024 * 1024) })}
          </p>
        </PoliteRegion>
      ) : (
        <ErrorMessage code={problem} />
      )}
      <button type="submit" className="button button--primary" disabled={pending} data-testid="import-archive-submit">
        {t('exports.import.submit')}
      </button>
    </form>
  );
}

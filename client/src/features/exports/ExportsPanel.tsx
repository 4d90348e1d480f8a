import { EXPORT_KINDS, type ExportKind } from '@forum-ouvert/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useExports, type ExportStatus } from './useExports.ts';

/** i18next reads dots as nesting, so each kind has a plain key. */
const KIND_KEYS = {
  'proceedings.md': 'proceedingsMd',
  'proceedings.docx': 'proceedingsDocx',
  'proceedings.html': 'proceedingsHtml',
  'topics.csv': 'topicsCsv',
  'proposals.csv': 'proposalsCsv',
  'archive.json': 'archiveJson',
} as const satisfies Record<ExportKind, string>;

function StatusLine({ status }: { status: ExportStatus | null }) {
  const { t } = useTranslation();
  const text =
    status?.kind === 'saved'
      ? t('exports.saved', { fileName: status.fileName })
      : status?.kind === 'printOpened'
        ? t('exports.printOpened')
        : status?.kind === 'printSaved'
          ? t('exports.printSaved', { fileName: status.fileName })
          : '';
  return (
    <>
      <p role="status" aria-live="polite" className="hint" data-testid="exports-status">
        {text}
      </p>
      <ErrorMessage code={status?.kind === 'failed' ? status.code : null} />
    </>
  );
}

/**
 * The facilitator's downloads: the book of proceedings (Markdown, Word, a page to print as PDF),
 * the topics and proposals as spreadsheets, and the archive that can be imported again.
 */
export function ExportsPanel({ sessionId, facilitatorKey }: { sessionId: string; facilitatorKey: string }) {
  const { t } = useTranslation();
  const id = useId();
  const { includeNames, setIncludeNames, pending, status, download } = useExports(sessionId, facilitatorKey);
  return (
    <section className="card stack" aria-labelledby={`${id}-heading`} data-testid="exports-panel">
      <h2 id={`${id}-heading`}>{t('exports.heading')}</h2>
      <p className="hint">{t('exports.intro')}</p>
      <div className="stack--tight">
        <label className="choice">
          <input
            type="checkbox"
            checked={includeNames}
            aria-describedby={`${id}-names-hint`}
            onChange={(e) => setIncludeNames(e.target.checked)}
            data-testid="exports-include-names"
          />
          {t('exports.includeNames')}
        </label>
        <p id={`${id}-names-hint`} className="hint">
          {t(includeNames ? 'exports.namesIncluded' : 'exports.namesLeftOut')}
        </p>
      </div>
      <div className="actions">
        {EXPORT_KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            className="button"
            disabled={pending !== null}
            aria-busy={pending === kind}
            onClick={() => void download(kind)}
            data-testid={`export-${kind}`}
          >
            {t(`exports.kinds.${KIND_KEYS[kind]}`)}
          </button>
        ))}
      </div>
      <p className="hint">{t('exports.archiveHint')}</p>
      <StatusLine status={status} />
    </section>
  );
}

import { DEFAULT_EXPORT_LANG, ExportLangSchema, type ExportKind } from '@forum-ouvert/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientErrorCode } from '../../net/errors.ts';
import { fetchExport } from './exportsApi.ts';
import { openBlankTab, saveBlob, showInTab } from './saveFile.ts';

export type ExportStatus =
  | { kind: 'saved'; fileName: string }
  | { kind: 'printOpened' }
  /** The print page could not open in a tab: it was saved instead. */
  | { kind: 'printSaved'; fileName: string }
  | { kind: 'failed'; code: ClientErrorCode };

/** Downloads the session's files in the interface's language; names only when the facilitator ticks the box. */
export function useExports(sessionId: string, facilitatorKey: string) {
  const { i18n } = useTranslation();
  const [includeNames, setIncludeNames] = useState(false);
  const [pending, setPending] = useState<ExportKind | null>(null);
  const [status, setStatus] = useState<ExportStatus | null>(null);

  async function download(kind: ExportKind) {
    const tab = kind === 'proceedings.html' ? openBlankTab() : null;
    setPending(kind);
    setStatus(null);
    const lang = ExportLangSchema.catch(DEFAULT_EXPORT_LANG).parse(i18n.resolvedLanguage);
    const outcome = await fetchExport(sessionId, facilitatorKey, kind, { includeNames, lang });
    setPending(null);
    if (!outcome.ok) {
      tab?.close();
      setStatus({ kind: 'failed', code: outcome.error.code });
      return;
    }
    const { blob, fileName } = outcome.value;
    if (tab) {
      showInTab(tab, blob);
      setStatus({ kind: 'printOpened' });
      return;
    }
    saveBlob(blob, fileName);
    setStatus(kind === 'proceedings.html' ? { kind: 'printSaved', fileName } : { kind: 'saved', fileName });
  }

  return { includeNames, setIncludeNames, pending, status, download };
}

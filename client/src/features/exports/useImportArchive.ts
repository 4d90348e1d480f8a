import { PAGES } from '@forum-ouvert/shared';
import { useState } from 'react';
import { useLocation } from 'wouter';
import type { ClientErrorCode } from '../../net/errors.ts';
import { markJustCreated, saveFacilitatorKey } from '../../store/persisted.ts';
import { postArchive } from './exportsApi.ts';

/** The server reads archives up to 20 MB (IMPORT_BODY_LIMIT); a bigger file is refused here, unsent. */
export const ARCHIVE_MAX_BYTES = 20 * 1024 * 1024;

export type ImportProblem = 'noFile' | 'tooLarge' | 'unreadable' | 'invalid' | ClientErrorCode;

/**
 * Sends an archive; the server makes a new session of it. Like after creating one, its key is
 * kept on this device and the facilitator page opens on the secret-link notice.
 */
export function useImportArchive() {
  const [, navigate] = useLocation();
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<ImportProblem | null>(null);

  async function importFile(file: File | undefined) {
    if (!file) return setProblem('noFile');
    if (file.size > ARCHIVE_MAX_BYTES) return setProblem('tooLarge');
    setPending(true);
    setProblem(null);
    let text: string;
    try {
      text = await file.text();
    } catch {
      setPending(false);
      return setProblem('unreadable');
    }
    const outcome = await postArchive(text);
    setPending(false);
    if (!outcome.ok) return setProblem(outcome.error.code === 'VALIDATION' ? 'invalid' : outcome.error.code);
    const { sessionId, facilitatorKey } = outcome.value;
    saveFacilitatorKey(sessionId, facilitatorKey);
    markJustCreated(sessionId);
    navigate(PAGES.facilitator(sessionId, facilitatorKey));
  }

  return { importFile, pending, problem };
}

import { API, type CreatedSession, type ExportKind, type ExportLang } from '@forum-ouvert/shared';
import { toErrorCode, type ClientErrorCode, type Outcome } from '../../net/errors.ts';

export interface ExportedFile {
  blob: Blob;
  fileName: string;
}

export interface ExportOptions {
  includeNames: boolean;
  lang: ExportLang;
}

/** The `filename="…"` of a Content-Disposition (the server sends ASCII slugs), or the fallback. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  return /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? fallback;
}

async function failureOf(response: Response): Promise<ClientErrorCode> {
  const body: unknown = await response.json().catch(() => null);
  return toErrorCode((body as { error?: { code?: unknown } } | null)?.error?.code);
}

const offline = (): ClientErrorCode => (navigator.onLine === false ? 'OFFLINE' : 'NETWORK');

/** One export of the session; the facilitator key goes in the Authorization header, never in the URL. */
export async function fetchExport(sessionId: string, facilitatorKey: string, kind: ExportKind, options: ExportOptions): Promise<Outcome<ExportedFile>> {
  const query = new URLSearchParams({ names: options.includeNames ? '1' : '0', lang: options.lang });
  let response: Response;
  try {
    response = await fetch(`${API.exportSession(sessionId, kind)}?${query}`, {
      headers: { authorization: `Bearer ${facilitatorKey}` },
      cache: 'no-store',
    });
  } catch {
    return { ok: false, error: { code: offline() } };
  }
  if (!response.ok) return { ok: false, error: { code: await failureOf(response) } };
  const blob = await response.blob();
  return { ok: true, value: { blob, fileName: fileNameOf(response.headers.get('content-disposition'), kind) } };
}

/** Sends an archive as it was saved (its text, unparsed): the server validates it whole. */
export async function postArchive(text: string): Promise<Outcome<CreatedSession>> {
  let response: Response;
  try {
    response = await fetch(API.importSession, { method: 'POST', headers: { 'content-type': 'application/json' }, body: text });
  } catch {
    return { ok: false, error: { code: offline() } };
  }
  if (!response.ok) return { ok: false, error: { code: await failureOf(response) } };
  return { ok: true, value: (await response.json()) as CreatedSession };
}

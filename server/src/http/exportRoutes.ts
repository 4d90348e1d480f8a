import express, { type Response, type Router } from 'express';
import {
  API,
  archiveOf,
  ArchiveSchema,
  assertNever,
  exportFileName,
  ExportKindSchema,
  ExportQuerySchema,
  IdSchema,
  importedEvents,
  labelsFor,
  proceedingsOf,
  renderMarkdown,
  renderPrintHtml,
  renderProposalsCsv,
  renderTopicsCsv,
  type CreatedSession,
  type ExportKind,
  type ExportLang,
} from '@forum-ouvert/shared';
import type { Clock } from '../deps.ts';
import { archivedNotesOf, importableNotes } from '../exports/archivedNotes.ts';
import { proceedingsDocx } from '../exports/proceedingsDocx.ts';
import { newFacilitatorKey } from '../ids.ts';
import type { Logger } from '../logger.ts';
import type { NotesReader } from '../notes/notesService.ts';
import { validationMessage } from '../realtime/validationMessage.ts';
import { hashSecret } from '../secrets.ts';
import type { SessionRegistry } from '../sessions/registry.ts';
import type { SessionRoom } from '../sessions/sessionRoom.ts';
import type { EventStore } from '../store/eventStore.ts';
import { hasFacilitatorKey } from './bearer.ts';
import { sendError } from './httpErrors.ts';
import { perIpLimit } from './ipLimit.ts';

export interface ExportDeps {
  sessions: SessionRegistry;
  /** The event log and the notes' rows, read whole for the archive and written whole by an import. */
  store: EventStore;
  /** The groups' notes as text, for the proceedings. */
  notes: NotesReader;
  logger: Logger;
  clock: Clock;
}

/**
 * An archive may be large (every event of 2,000 people, every group's notes); this route alone
 * reads such a body, the rest of the API keeps its 16 KB.
 */
export const IMPORT_BODY_LIMIT = '20mb';

const PARAM = 'SESSIONPARAM';
const KIND = 'KINDPARAM';
const exportRoute = API.exportSession(PARAM, KIND).replace(PARAM, ':sessionId').replace(KIND, ':kind');

interface ExportFile {
  body: string | Buffer;
  type: string;
  /** The print page opens in a tab; every other file is saved. */
  inline?: boolean;
}

const CSV = 'text/csv; charset=utf-8';

/**
 * Nothing in an export runs or loads anything: the print page only needs its inline
 * stylesheet. Stricter than the app's own policy, which this replaces on these answers.
 */
const EXPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

async function exportFile(kind: ExportKind, room: SessionRoom, deps: ExportDeps, includeNames: boolean, lang: ExportLang): Promise<ExportFile> {
  if (kind === 'archive.json') {
    const archive = archiveOf([...deps.store.eventsAfter(room.id, 0)], archivedNotesOf(deps.store.notes, room.id), {
      includeNames,
      labels: labelsFor(lang),
      exportedAt: deps.clock.now(),
    });
    return { body: JSON.stringify(archive), type: 'application/json; charset=utf-8' };
  }
  const proceedings = proceedingsOf(room.state, deps.notes.notesOf(room.id), { includeNames, lang });
  switch (kind) {
    case 'proceedings.md':
      return { body: renderMarkdown(proceedings), type: 'text/markdown; charset=utf-8' };
    case 'proceedings.docx':
      return { body: await proceedingsDocx(proceedings), type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' };
    case 'proceedings.html':
      return { body: renderPrintHtml(proceedings), type: 'text/html; charset=utf-8', inline: true };
    case 'topics.csv':
      return { body: renderTopicsCsv(proceedings), type: CSV };
    case 'proposals.csv':
      return { body: renderProposalsCsv(proceedings), type: CSV };
    default:
      return assertNever(kind);
  }
}

function send(res: Response, file: ExportFile, fileName: string): void {
  res.set({
    'Content-Type': file.type,
    // File names are ASCII slugs (exportFileName), safe inside quotes.
    'Content-Disposition': `${file.inline ? 'inline' : 'attachment'}; filename="${fileName}"`,
    'Cache-Control': 'no-store',
    'Content-Security-Policy': EXPORT_CSP,
  });
  res.send(file.body);
}

/**
 * Downloads of a session (proceedings, CSV, archive) for its facilitator only, and the import of
 * an archive as a new session. Mounted before the API's 16 KB body parser, so the import route
 * can read an archive.
 */
export function exportRoutes(deps: ExportDeps): Router {
  const { sessions, logger } = deps;
  const router = express.Router();

  router.get(exportRoute, perIpLimit(300, 60), async (req, res) => {
    const sessionId = IdSchema.safeParse(req.params['sessionId']);
    const room = sessionId.success ? sessions.get(sessionId.data) : undefined;
    if (!room) return sendError(res, { code: 'NOT_FOUND', message: 'No such session' });
    // Checked like DELETE: only the facilitator key, in the header; a token or the join code is refused.
    if (!hasFacilitatorKey(req, room.record.facilitatorKeyHash)) {
      return sendError(res, { code: 'FORBIDDEN', message: 'Only the facilitator key can export a session' });
    }
    const kind = ExportKindSchema.safeParse(req.params['kind']);
    if (!kind.success) return sendError(res, { code: 'NOT_FOUND', message: 'No such export' });
    const query = ExportQuerySchema.safeParse(req.query);
    if (!query.success) return sendError(res, { code: 'VALIDATION', message: validationMessage(query.error) });
    const { names, lang } = query.data;
    const file = await exportFile(kind.data, room, deps, names, lang);
    logger.info({ sessionId: room.id, kind: kind.data, names, lang }, 'session exported');
    send(res, file, exportFileName(room.state, kind.data));
  });

  // The facilitator reads every group's notes as text to gather the proposals of the convergence vote.
  router.get('/api/sessions/:sessionId/notes', perIpLimit(300, 60), (req, res) => {
    const sessionId = IdSchema.safeParse(req.params['sessionId']);
    const room = sessionId.success ? sessions.get(sessionId.data) : undefined;
    if (!room) return sendError(res, { code: 'NOT_FOUND', message: 'No such session' });
    if (!hasFacilitatorKey(req, room.record.facilitatorKeyHash)) {
      return sendError(res, { code: 'FORBIDDEN', message: 'Only the facilitator key reads every group\'s notes' });
    }
    res.set('Cache-Control', 'no-store').json(deps.notes.notesOf(room.id));
  });

  router.post(API.importSession, perIpLimit(30, 600), express.json({ limit: IMPORT_BODY_LIMIT }), (req, res) => {
    const parsed = ArchiveSchema.safeParse(req.body);
    if (!parsed.success) return sendError(res, { code: 'VALIDATION', message: validationMessage(parsed.error) });
    const notes = importableNotes(parsed.data.notes);
    if (!notes) return sendError(res, { code: 'VALIDATION', message: 'notes: not Yjs updates within the notes budget' });
    // A new key; participants' tokens are not in the archive, so nobody can take back an identity in the copy.
    const facilitatorKey = newFacilitatorKey();
    const imported = sessions.importLog((identity) => importedEvents(parsed.data, identity), hashSecret(facilitatorKey), notes);
    if (!imported.ok) return sendError(res, imported.error);
    const { room } = imported;
    logger.info({ sessionId: room.id, events: parsed.data.events.length, noteGroups: notes.length }, 'session imported');
    const body: CreatedSession = { sessionId: room.id, code: room.code, facilitatorKey };
    res.status(201).json(body);
  });

  return router;
}

import type { ErrorCode, GrantedNotesAccess } from '@forum-ouvert/shared';
import type * as Y from 'yjs';

/** `loading`: not open on this connection yet; `pending`: typed, not acknowledged yet. */
export type NotesStatus = 'loading' | 'saved' | 'pending' | 'offline';
/** Why the notes cannot be opened, or why the last changes were not kept. */
export type NotesProblem = 'FORBIDDEN' | 'NOT_FOUND' | 'BUDGET_EXCEEDED' | 'TOO_LONG' | 'LOST_ACCESS' | 'ERROR';

export interface NotesView {
  doc: Y.Doc;
  status: NotesStatus;
  access: GrantedNotesAccess | null;
  problem: NotesProblem | null;
}

export function statusOf(connected: boolean, opened: boolean, unsent: boolean): NotesStatus {
  if (!connected) return 'offline';
  if (!opened) return 'loading';
  return unsent ? 'pending' : 'saved';
}

/** What a refused update means here: worth another try later, or lost (and why). */
export function refusalOf(code: ErrorCode): 'retry' | NotesProblem {
  switch (code) {
    case 'RATE_LIMITED':
    case 'INTERNAL':
      return 'retry';
    case 'BUDGET_EXCEEDED':
      return 'BUDGET_EXCEEDED';
    case 'FORBIDDEN':
      return 'LOST_ACCESS';
    default:
      return 'ERROR';
  }
}

/** Problems that describe a lost edit stay shown after the notes open again; the others are over. */
export function outlivesReopening(problem: NotesProblem | null): boolean {
  return problem === 'BUDGET_EXCEEDED' || problem === 'TOO_LONG' || problem === 'LOST_ACCESS' || problem === 'ERROR';
}

export function sameView(a: NotesView, b: NotesView): boolean {
  return a.doc === b.doc && a.status === b.status && a.access === b.access && a.problem === b.problem;
}

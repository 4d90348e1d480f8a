/**
 * What survives a closed tab: a participant's identity per join code (same pseudonym, topics and
 * dots an hour later) and the facilitator's key per session (a reload keeps working).
 * Storage can be unavailable (private mode, full quota): then we simply remember nothing.
 */
export interface ParticipantIdentity {
  token: string;
  participantId: string;
}

const participantKey = (code: string) => `fo.participant.${code.toUpperCase()}`;
const facilitatorKey = (sessionId: string) => `fo.facilitator.${sessionId}`;
const justCreatedKey = (sessionId: string) => `fo.justCreated.${sessionId}`;
const joiningKey = (code: string) => `fo.joining.${code.toUpperCase()}`;

function read(storage: () => Storage, key: string): string | null {
  try {
    return storage().getItem(key);
  } catch {
    return null;
  }
}

function write(storage: () => Storage, key: string, value: string | null): void {
  try {
    if (value === null) storage().removeItem(key);
    else storage().setItem(key, value);
  } catch {
    // Nothing to do: the page still works, it just will not remember.
  }
}

const local = () => window.localStorage;
const perTab = () => window.sessionStorage;

export function loadParticipantIdentity(code: string): ParticipantIdentity | null {
  try {
    const parsed: unknown = JSON.parse(read(local, participantKey(code)) ?? 'null');
    if (parsed && typeof parsed === 'object' && 'token' in parsed && 'participantId' in parsed) {
      const { token, participantId } = parsed;
      if (typeof token === 'string' && typeof participantId === 'string') return { token, participantId };
    }
  } catch {
    // A corrupt entry is treated as none.
  }
  return null;
}

export function saveParticipantIdentity(code: string, identity: ParticipantIdentity): void {
  write(local, participantKey(code), JSON.stringify(identity));
}

export function forgetParticipantIdentity(code: string): void {
  write(local, participantKey(code), null);
}

export function loadFacilitatorKey(sessionId: string): string | null {
  return read(local, facilitatorKey(sessionId));
}

export function saveFacilitatorKey(sessionId: string, key: string): void {
  write(local, facilitatorKey(sessionId), key);
}

/** Set by the home page right after creating, so the facilitator page shows the secret link once. */
export function markJustCreated(sessionId: string): void {
  write(perTab, justCreatedKey(sessionId), '1');
}

export function wasJustCreated(sessionId: string): boolean {
  return read(perTab, justCreatedKey(sessionId)) === '1';
}

export function clearJustCreated(sessionId: string): void {
  write(perTab, justCreatedKey(sessionId), null);
}

/**
 * The token a phone chose for a join that got no answer yet. Sent again with the retry (even after a
 * reload), it makes the server find the person it already admitted instead of admitting a second one.
 */
export function loadPendingJoinToken(code: string): string | null {
  return read(perTab, joiningKey(code));
}

export function savePendingJoinToken(code: string, token: string | null): void {
  write(perTab, joiningKey(code), token);
}

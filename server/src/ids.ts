import { customAlphabet, nanoid } from 'nanoid';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, PARTICIPANT_TOKEN_LENGTH } from '@forum-ouvert/shared';

/** Entity ids handed to `decide` as `ctx.newId`: a readable prefix, then enough randomness to never collide. */
export function newId(prefix: string): string {
  return `${prefix}_${nanoid()}`;
}

export const newJoinCode: () => string = customAlphabet(JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH);

/** 40 characters of nanoid's alphabet: about 238 bits, far beyond guessing. */
export function newFacilitatorKey(): string {
  return nanoid(40);
}

export function newParticipantToken(): string {
  return nanoid(PARTICIPANT_TOKEN_LENGTH);
}

import { expect } from 'vitest';
import { decide, type Command } from '../commands/index.ts';
import type { Decide, Decision } from '../commands/decision.ts';
import type { StoredEvent } from '../events/events.ts';
import { evolve, initialState } from '../events/evolve.ts';
import type { Actor, DecideContext } from '../model/actor.ts';
import type { SessionState } from '../model/session.ts';
import type { ErrorCode } from '../protocol/errors.ts';
import { counterIds, created, FACILITATOR, NOW } from './fixtures.ts';

/** Folds a log that starts with SessionCreated; event `i` gets seq `i + 1`, as in the server's stream. */
export function fold(events: readonly StoredEvent[]): SessionState {
  const [first, ...rest] = events;
  if (first?.type !== 'SessionCreated') throw new Error('A log starts with SessionCreated');
  return applyAll(evolve(initialState(first), first, 1), rest);
}

/** Applies events after `state`, continuing its version. */
export function applyAll(state: SessionState, events: readonly StoredEvent[]): SessionState {
  return events.reduce((s, event) => evolve(s, event, s.version + 1), state);
}

export interface Outcome {
  decision: Decision;
  /** Asserts the exact events and returns the scenario that follows them. */
  then(...expected: StoredEvent[]): Given;
  /** Asserts the refusal code, that no event comes out and that the state was not touched. */
  thenError(code: ErrorCode): void;
}

export interface Given {
  state: SessionState;
  /** Decides through the registry, so the role check runs as on the server. */
  when(command: Command, actor?: Actor): Outcome;
  /** Decides with one handler (joinSession is not a socket command). */
  whenDecided<C>(handler: Decide<C>, command: C, actor?: Actor): Outcome;
}

/** Given these events (SessionCreated is added when the list does not start with one). */
export function given(...events: StoredEvent[]): Given {
  return givenState(fold(events[0]?.type === 'SessionCreated' ? events : [created(), ...events]));
}

export function givenState(state: SessionState): Given {
  const run = (decideIt: (ctx: DecideContext) => Decision): Outcome => {
    // The state is plain JSON data, so a JSON copy is a faithful one.
    const before: unknown = JSON.parse(JSON.stringify(state));
    // Ids made while deciding carry `_new`, so they never collide with the ids of the story.
    const decision = decideIt({ actor: FACILITATOR, now: NOW, newId: counterIds('_new') });
    return {
      decision,
      then(...expected) {
        expect(decision).toStrictEqual({ ok: true, events: expected });
        expect(state).toStrictEqual(before);
        return givenState(applyAll(state, expected));
      },
      thenError(code) {
        expect(decision.ok, `expected ${code}, got ${JSON.stringify(decision)}`).toBe(false);
        if (!decision.ok) expect(decision.error.code).toBe(code);
        expect(state).toStrictEqual(before);
      },
    };
  };
  return {
    state,
    when: (command, actor = FACILITATOR) => run((ctx) => decide(state, command, { ...ctx, actor })),
    whenDecided: (handler, command, actor = FACILITATOR) => run((ctx) => handler(state, command, { ...ctx, actor })),
  };
}

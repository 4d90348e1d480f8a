import { describe, expect, it } from 'vitest';
import { ev, NOW, participant } from '../testing/fixtures.ts';
import { given } from '../testing/scenario.ts';
import { COMMANDS, decide, mayRoleSend } from './index.ts';
import { decideOffline, isOfflineCommand, OFFLINE_COMMAND_TYPES, offlineDecideOf } from './offline.ts';

describe('offline commands', () => {
  it.each(OFFLINE_COMMAND_TYPES)('%s is decided by the registry’s own rule, open to participants', (type) => {
    expect(offlineDecideOf(type)).toBe(COMMANDS[type].decide);
    expect(mayRoleSend('participant', type)).toBe(true);
  });

  it('leaves out commands that mean something else later', () => {
    expect(isOfflineCommand({ type: 'placeDot', topicId: 't1' })).toBe(true);
    expect(isOfflineCommand({ type: 'joinGroup', slotId: 'sl1', topicId: 't1' })).toBe(false);
    expect(isOfflineCommand({ type: 'checkIn', spaceId: 'sp1' })).toBe(false);
  });

  it('decides as decide does, refusals included', () => {
    const { state } = given(ev.joined('p1'), ev.phase('marketplace'), ev.proposed('t1', 'p1'), ev.phase('voting'));
    const ctx = { actor: participant('p1'), now: NOW, newId: (prefix: string) => `${prefix}-x` };
    for (const command of [{ type: 'placeDot', topicId: 't1' }, { type: 'placeDot', topicId: 'nope' }, { type: 'removeDot', topicId: 't1' }] as const) {
      expect(decideOffline(state, command, ctx)).toEqual(decide(state, command, ctx));
    }
  });
});

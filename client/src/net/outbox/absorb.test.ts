import type { OfflineCommand } from '@forum-ouvert/shared';
import { describe, expect, it } from 'vitest';
import { absorb } from './absorb.ts';
import type { EntryStatus, OutboxEntry } from './entry.ts';

function entry(commandId: string, command: OfflineCommand, status: EntryStatus = 'waiting'): OutboxEntry {
  return { commandId, command, createdAt: 0, label: '', status };
}

const proposal = entry('cmd-proposal', { type: 'proposeTopic', title: 'Logement', description: '', themeId: null, language: 'fa' });
const local = 'local-t-cmd-proposal';

describe('absorb', () => {
  it.each<[string, OutboxEntry[], OfflineCommand, string | null, ReturnType<typeof absorb>]>([
    ['a removal cancels the last waiting placement on the same topic', [entry('a', { type: 'placeDot', topicId: 't1' }), entry('b', { type: 'placeDot', topicId: 't1' })], { type: 'removeDot', topicId: 't1' }, null, { kind: 'cancel', commandId: 'b' }],
    ['not one on another topic', [entry('a', { type: 'placeDot', topicId: 't2' })], { type: 'removeDot', topicId: 't1' }, null, { kind: 'append' }],
    ['not one already on its way', [entry('a', { type: 'placeDot', topicId: 't1' })], { type: 'removeDot', topicId: 't1' }, 'a', { kind: 'append' }],
    ['not one being tried for the first time', [entry('a', { type: 'placeDot', topicId: 't1' }, 'sending')], { type: 'removeDot', topicId: 't1' }, null, { kind: 'append' }],
    ['the same for proposal dots', [entry('a', { type: 'placeProposalDot', proposalId: 'pr1' })], { type: 'removeProposalDot', proposalId: 'pr1' }, null, { kind: 'cancel', commandId: 'a' }],
    ['withdrawing a topic only this phone has cancels its proposal', [proposal], { type: 'withdrawTopic', topicId: local }, null, { kind: 'cancel', commandId: 'cmd-proposal' }],
    ['a translation of it waits until it exists', [proposal], { type: 'translateTopic', topicId: local, language: 'en', title: 'Housing' }, null, { kind: 'later' }],
    ['so does anything on it once its proposal is on its way', [proposal], { type: 'withdrawTopic', topicId: local }, 'cmd-proposal', { kind: 'later' }],
    ['anything on a server topic is appended', [proposal], { type: 'withdrawTopic', topicId: 't_abc' }, null, { kind: 'append' }],
  ])('%s', (_name, entries, command, busy, expected) => {
    expect(absorb(entries, command, busy)).toEqual(expected);
  });

  it('rewrites a waiting proposal with an edit of it, keeping its language unless the edit says one', () => {
    const edit: OfflineCommand = { type: 'editTopic', topicId: local, title: 'Logement social', description: 'HLM', themeId: 'th1' };
    expect(absorb([proposal], edit, null)).toEqual({
      kind: 'replace',
      commandId: 'cmd-proposal',
      command: { type: 'proposeTopic', title: 'Logement social', description: 'HLM', themeId: 'th1', language: 'fa' },
    });
    const relabelled = absorb([proposal], { ...edit, language: 'ar' }, null);
    expect(relabelled.kind === 'replace' && relabelled.command).toMatchObject({ language: 'ar' });
  });
});

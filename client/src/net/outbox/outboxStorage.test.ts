import { describe, expect, it } from 'vitest';
import { localOutboxStorage } from './outboxStorage.ts';

const key = 'fo.outbox.ABCDEF.p1';

describe('localOutboxStorage', () => {
  it('keeps only well-formed entries and notices, all of them not sent yet', () => {
    window.localStorage.setItem(
      key,
      JSON.stringify({
        v: 1,
        entries: [
          { commandId: 'cmd-00001', command: { type: 'placeDot', topicId: 't1' }, createdAt: 1, label: 'Santé', status: 'sent' },
          { commandId: 'cmd-00002', command: { type: 'joinGroup', slotId: 's', topicId: 't1' }, createdAt: 2, label: '' },
          { commandId: 'bad id!', command: { type: 'placeDot', topicId: 't1' }, createdAt: 3, label: '' },
          { commandId: 'cmd-00004', command: { type: 'placeDot', topicId: { $gt: '' } }, createdAt: 4, label: '' },
          'junk',
        ],
        notices: [
          { id: 'cmd-0', type: 'placeDot', label: 'Santé', code: 'WRONG_PHASE', count: 2 },
          { id: 'cmd-1', type: 'placeDot', label: 'Santé', code: '<b>', count: 1 },
        ],
      }),
    );
    expect(localOutboxStorage('abcdef', 'p1').load()).toEqual({
      entries: [{ commandId: 'cmd-00001', command: { type: 'placeDot', topicId: 't1' }, createdAt: 1, label: 'Santé', status: 'waiting' }],
      notices: [{ id: 'cmd-0', type: 'placeDot', label: 'Santé', code: 'WRONG_PHASE', count: 2 }],
    });
  });

  it('reads nothing from a corrupt or older record, and clears the record once empty', () => {
    window.localStorage.setItem(key, '{not json');
    expect(localOutboxStorage('ABCDEF', 'p1').load()).toEqual({ entries: [], notices: [] });
    window.localStorage.setItem(key, JSON.stringify({ v: 0, entries: [] }));
    expect(localOutboxStorage('ABCDEF', 'p1').load()).toEqual({ entries: [], notices: [] });
    localOutboxStorage('ABCDEF', 'p1').save({ entries: [], notices: [] });
    expect(window.localStorage.getItem(key)).toBeNull();
  });
});

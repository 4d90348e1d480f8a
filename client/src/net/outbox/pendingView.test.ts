import { remainingDots, type OfflineCommand } from '@forum-ouvert/shared';
import { describe, expect, it } from 'vitest';
import { created, dot, joined, phase, proposed, sessionFrom } from '../../test/fixtures.ts';
import type { EntryStatus, OutboxEntry } from './entry.ts';
import { foldPending } from './pendingView.ts';

const market = sessionFrom(created(), joined('p1'), joined('p2'), phase('marketplace'), proposed('t1', 'p2'));
const voting = sessionFrom(created(), joined('p1'), phase('marketplace'), proposed('t1', 'p1'), proposed('t2', 'p1'), phase('voting'));

let n = 0;
function entry(command: OfflineCommand, status: EntryStatus = 'waiting', version?: number): OutboxEntry {
  n++;
  return { commandId: `cmd-0000${n}`, command, createdAt: 500 + n, label: '', status, ...(version === undefined ? {} : { version }) };
}

describe('foldPending', () => {
  it('shows a topic proposed offline under a local id, with its time and the person as proposer', () => {
    const pending = entry({ type: 'proposeTopic', title: 'Cours de français', description: '', themeId: null });
    const { state, marks } = foldPending(market, [pending], 'p1');
    const local = `local-t-${pending.commandId}`;
    expect(state.topics[local]).toMatchObject({ title: 'Cours de français', proposerIds: ['p1'], createdAt: pending.createdAt });
    expect(marks.topics.has(local)).toBe(true);
    expect(state.version).toBe(market.version);
  });

  it('applies the shared rules in order: an entry they refuse now is left out, the next ones still count', () => {
    const entries = [
      entry({ type: 'placeDot', topicId: 't1' }),
      entry({ type: 'placeDot', topicId: 't1' }), // one dot per topic: refused
      entry({ type: 'placeDot', topicId: 't2' }),
    ];
    const { state, refused, marks } = foldPending(voting, entries, 'p1');
    expect(refused).toEqual(new Set([entries[1]?.commandId]));
    expect(remainingDots(state, 'p1')).toBe(1);
    expect(marks.dots).toEqual({ t1: 1, t2: 1 });
  });

  it('marks only what waits, and leaves out an accepted entry once the mirror holds it', () => {
    const mirror = sessionFrom(created(), joined('p1'), phase('marketplace'), proposed('t1', 'p1'), proposed('t2', 'p1'), phase('voting'), dot('p1', 't1'));
    const inMirror = entry({ type: 'placeDot', topicId: 't1' }, 'sent', mirror.version);
    const acceptedNotArrived = entry({ type: 'placeDot', topicId: 't2' }, 'sent', mirror.version + 1);
    const firstTry = entry({ type: 'removeDot', topicId: 't1' }, 'sending');
    const { state, refused, marks } = foldPending(mirror, [inMirror, acceptedNotArrived, firstTry], 'p1');
    expect(state.dots).toEqual({ p1: { t2: 1 } });
    expect(refused.size).toBe(0);
    expect(marks.dots).toEqual({});
  });
});

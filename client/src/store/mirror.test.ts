import type { EventBatch } from '@forum-ouvert/shared';
import { describe, expect, it } from 'vitest';
import { created, joined, phase, sessionFrom } from '../test/fixtures.ts';
import { mergeBatch } from './mirror.ts';

const at3 = sessionFrom(created(), joined('p1'), joined('p2'));

describe('mergeBatch', () => {
  it('applies a batch that starts at our version and moves to its end', () => {
    const batch: EventBatch = { from: 3, to: 5, events: [{ seq: 4, event: phase('marketplace') }] };
    const merged = mergeBatch(at3, batch);
    expect(merged.outcome).toBe('applied');
    if (merged.outcome === 'applied') {
      expect(merged.state.phase).toBe('marketplace');
      expect(merged.state.version).toBe(5); // seq 5 was not for this reader, but is covered
    }
  });

  it('reports a gap when the batch starts past our version', () => {
    expect(mergeBatch(at3, { from: 4, to: 5, events: [] }).outcome).toBe('gap');
  });

  it('ignores a batch we already hold', () => {
    expect(mergeBatch(at3, { from: 1, to: 3, events: [] }).outcome).toBe('stale');
  });

  it('applies only the new part of an overlapping batch', () => {
    const batch: EventBatch = {
      from: 2,
      to: 4,
      events: [
        { seq: 3, event: joined('p2', 'should not apply twice') },
        { seq: 4, event: phase('voting') },
      ],
    };
    const merged = mergeBatch(at3, batch);
    expect(merged.outcome === 'applied' && merged.state.participants.p2?.pseudonym).toBe('p2');
    expect(merged.outcome === 'applied' && merged.state.phase).toBe('voting');
  });

  it('builds the mirror from nothing when the batch starts with the session', () => {
    const merged = mergeBatch(null, { from: 0, to: 2, events: [{ seq: 1, event: created() }, { seq: 2, event: joined('p1') }] });
    expect(merged.outcome === 'applied' && merged.state).toEqual(sessionFrom(created(), joined('p1')));
    expect(mergeBatch(null, { from: 3, to: 4, events: [] }).outcome).toBe('gap');
  });
});

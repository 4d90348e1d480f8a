import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../events/events.ts';
import type { Actor } from '../model/actor.ts';
import { ev, FACILITATOR, participant, PROJECTOR } from '../testing/fixtures.ts';
import { given } from '../testing/scenario.ts';
import { canEditTopic, canWithdrawTopic, topicsProposedBy } from './topics.ts';

const people = [ev.joined('p1'), ev.joined('p2'), ev.paperJoined('paper1')];
const topics = [ev.proposed('t1', 'p1'), ev.proposed('tp', 'paper1', { enteredByFacilitator: true })];
const market = [...people, ev.phase('marketplace'), ...topics];
const voting = [...market, ev.phase('voting')];
const hiddenT1 = [...market, ev.hidden('t1')];

/** The rules the buttons ask too: [story, actor, topic, may edit, may withdraw]. */
const table: [string, StoredEvent[], Actor, string, boolean, boolean][] = [
  ['proposer, marketplace', market, participant('p1'), 't1', true, true],
  ['proposer, voting', voting, participant('p1'), 't1', false, false],
  ['proposer, hidden topic', hiddenT1, participant('p1'), 't1', false, false],
  ['someone else, marketplace', market, participant('p2'), 't1', false, false],
  ['facilitator, phone participant’s topic', voting, FACILITATOR, 't1', true, false],
  ['facilitator, hidden topic', hiddenT1, FACILITATOR, 't1', true, false],
  ['facilitator, topic entered for paper', voting, FACILITATOR, 'tp', true, true],
  ['projector', market, PROJECTOR, 't1', false, false],
];

describe('canEditTopic / canWithdrawTopic', () => {
  it.each(table)('%s: edit=%s… as in the table', (_, story, actor, topicId, edit, withdraw) => {
    const { state } = given(...story);
    const topic = state.topics[topicId];
    if (!topic) throw new Error(`no ${topicId}`);
    expect(canEditTopic(state, actor, topic)).toBe(edit);
    expect(canWithdrawTopic(state, actor, topic)).toBe(withdraw);
  });
});

describe('topicsProposedBy', () => {
  it('counts topics merged into someone else’s, since the proposer is still named', () => {
    const { state } = given(...market, ev.proposed('t2', 'p2'), ev.merged('t1', 't2'));
    expect(topicsProposedBy(state, 'p1').map((t) => t.id)).toStrictEqual(['t2']);
    expect(topicsProposedBy(state, 'p2').map((t) => t.id)).toStrictEqual(['t2']);
  });
});

import { describe, expect, it } from 'vitest';
import type { GroupNotes } from '../model/notes.ts';
import { running } from '../testing/agendaStory.ts';
import { converging } from '../testing/convergenceStory.ts';
import { ev } from '../testing/fixtures.ts';
import { given } from '../testing/scenario.ts';
import { collectProposals, convergenceGroups, proposalsInOrder, rankedProposals } from './convergence.ts';

const notes = (slotId: string, topicId: string, proposals: string): GroupNotes => ({
  slotId,
  topicId,
  sections: { discussed: 'On a parlé', keyPoints: '', proposals, nextSteps: '', resources: '' },
});

describe('rankedProposals', () => {
  it('ranks by dots, most first; ties keep the order of the list', () => {
    const { state } = given(...converging, ev.proposalDot('p1', 'pr3'), ev.proposalDot('p2', 'pr3'), ev.proposalDot('p1', 'pr4'), ev.proposalDot('p3', 'pr2'));
    expect(rankedProposals(state).map(({ proposal, dots }) => [proposal.id, dots])).toStrictEqual([
      ['pr3', 2],
      ['pr2', 1],
      ['pr4', 1],
      ['pr1', 0],
    ]);
    expect(rankedProposals(state)[0]?.proposal).toStrictEqual({ id: 'pr3', slotId: 'sl1', topicId: 't2', text: 'Proposal pr3' });
  });

  it('keeps the list order, at 0, for a reader without tallies', () => {
    const { state } = given(...converging, ev.proposalDot('p1', 'pr3'));
    const hidden = { ...state, convergence: { ...state.convergence, tallies: null } };
    expect(rankedProposals(hidden).map(({ proposal, dots }) => [proposal.id, dots])).toStrictEqual([
      ['pr1', 0],
      ['pr2', 0],
      ['pr3', 0],
      ['pr4', 0],
    ]);
  });

  it('is empty before the vote opens', () => {
    expect(rankedProposals(given(...running).state)).toStrictEqual([]);
    expect(proposalsInOrder(given(...running).state)).toStrictEqual([]);
  });
});

describe('collectProposals', () => {
  const { state } = given(...running);

  it('gives one proposal per line of each group, groups by slot time then space name', () => {
    // sl1: t1 in Iroise, t2 in Molène; sl2: t3 in Iroise, tp in Molène.
    const all = [
      notes('sl2', 'tp', '- Un interprète à chaque atelier'),
      notes('sl1', 't2', '1. Des logements passerelles\n2) Un fonds d’urgence\n\n'),
      notes('sl1', 't1', '• Un guichet unique'),
    ];
    expect(collectProposals(all, state)).toStrictEqual([
      { slotId: 'sl1', topicId: 't1', text: 'Un guichet unique' },
      { slotId: 'sl1', topicId: 't2', text: 'Des logements passerelles' },
      { slotId: 'sl1', topicId: 't2', text: 'Un fonds d’urgence' },
      { slotId: 'sl2', topicId: 'tp', text: 'Un interprète à chaque atelier' },
    ]);
  });

  it('orders slots by their time, not their id', () => {
    const { state: swapped } = given(...running, ev.slotUpdated('sl1', '14:00', '15:00'));
    expect(collectProposals([notes('sl1', 't1', 'A'), notes('sl2', 't3', 'B')], swapped).map((p) => p.text)).toStrictEqual(['B', 'A']);
  });

  it('keeps a group whose topic moved since (after the placed groups of its slot), drops one whose slot or topic is gone', () => {
    const { state: moved } = given(...running, ev.topicMoved('t1', { slotId: 'sl2', spaceId: 'sp1' }, 't3'));
    const all = [notes('sl1', 't1', 'Ancienne'), notes('sl1', 't3', 'Nouvelle'), notes('sl9', 't1', 'X'), notes('sl1', 'ghost', 'Y')];
    expect(collectProposals(all, moved).map((p) => `${p.slotId}:${p.topicId}:${p.text}`)).toStrictEqual(['sl1:t3:Nouvelle', 'sl1:t1:Ancienne']);
  });

  it('gives nothing for groups without proposals', () => {
    expect(collectProposals([notes('sl1', 't1', '  \n - \n')], state)).toStrictEqual([]);
    expect(collectProposals([], state)).toStrictEqual([]);
  });
});

describe('convergenceGroups', () => {
  it('lists every group of the programme in order, with or without notes', () => {
    expect(convergenceGroups(given(...running).state)).toStrictEqual([
      { slotId: 'sl1', topicId: 't1' },
      { slotId: 'sl1', topicId: 't2' },
      { slotId: 'sl2', topicId: 't3' },
      { slotId: 'sl2', topicId: 'tp' },
    ]);
  });
});

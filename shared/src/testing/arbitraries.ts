import fc from 'fast-check';
import { decideAddPaperParticipant } from '../commands/addPaperParticipant.ts';
import { decide, type Command } from '../commands/index.ts';
import type { Decision } from '../commands/decision.ts';
import { decideJoinSession } from '../commands/joinSession.ts';
import type { StoredEvent } from '../events/events.ts';
import { evolve } from '../events/evolve.ts';
import type { Actor } from '../model/actor.ts';
import { PHASES } from '../model/phase.ts';
import type { SessionState } from '../model/session.ts';
import { counterIds, created, FACILITATOR, NOW, participant, PROJECTOR } from './fixtures.ts';
import { fold } from './scenario.ts';

/**
 * A model session for property tests. Ids come from one counter, so they are known in
 * advance: p1-p3 join with phones, p4 is on paper, p5+ are paper people added later,
 * each phone participant proposes one topic (t1-t3), and the facilitator adds two spaces
 * (sp1 with 2 seats, sp2 with 3) and two slots (sl1 09:00-10:00, sl2 10:00-11:00)
 * before the random steps.
 */
export const PHONE_PEOPLE = ['p1', 'p2', 'p3'] as const;
export const PAPER_PERSON = 'p4';
const PEOPLE_POOL = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'ghost'] as const;
const TOPIC_POOL = ['t1', 't2', 't3', 't4', 't5', 'ghost'] as const;
/** Proposals are named by the counter too (pr1, pr2, ...), across every ballot opened. */
const PROPOSAL_POOL = ['pr1', 'pr1', 'pr2', 'pr3', 'pr4', 'pr5', 'pr7', 'ghost'] as const;
/** Spaces and slots are named by the same counter (sp1, sl1, ...) in the order they are added. */
const SPACE_POOL = ['sp1', 'sp1', 'sp2', 'sp2', 'sp3', 'ghost'] as const;
const SLOT_POOL = ['sl1', 'sl1', 'sl2', 'sl2', 'sl3', 'ghost'] as const;
const ACTORS: Actor[] = [FACILITATOR, ...PHONE_PEOPLE.map(participant), PROJECTOR];

export interface Step {
  command: Command;
  actor: Actor;
}

const topicArb = fc.constantFrom(...TOPIC_POOL);
const themeArb = fc.constantFrom(null, 'th1', 'th2', 'th9');
const titleArb = fc.constantFrom('Santé', 'Logement', 'Titre de séjour');
const weighted = <T>(...choices: [number, fc.Arbitrary<T>][]) =>
  fc.oneof(...choices.map(([weight, arbitrary]) => ({ weight, arbitrary })));

/** Mostly the facilitator, sometimes someone who may not: refusals must change nothing either. */
const adminArb: fc.Arbitrary<Actor> = weighted([8, fc.constant(FACILITATOR)], [1, fc.constantFrom(...ACTORS)]);

/** Who acts, and for whom: mostly as the rules intend, sometimes not. */
const actingArb: fc.Arbitrary<{ actor: Actor; as: string | undefined }> = weighted(
  [12, fc.constantFrom(...PHONE_PEOPLE).map((id) => ({ actor: participant(id), as: undefined }))],
  [2, fc.tuple(fc.constantFrom(...PHONE_PEOPLE), fc.constantFrom(...PEOPLE_POOL)).map(([id, as]) => ({ actor: participant(id), as }))],
  [5, fc.constantFrom(PAPER_PERSON, PAPER_PERSON, 'p5').map((as) => ({ actor: FACILITATOR, as }))],
  [2, fc.constantFrom<string | undefined>(undefined, ...PEOPLE_POOL).map((as) => ({ actor: FACILITATOR, as }))],
  [1, fc.constantFrom<string | undefined>(undefined, PAPER_PERSON).map((as) => ({ actor: PROJECTOR, as }))],
);

const withAs = <C extends object>(command: C, as: string | undefined) =>
  as === undefined ? command : { ...command, asParticipantId: as };
const admin = (command: fc.Arbitrary<Command>): fc.Arbitrary<Step> => fc.record({ command, actor: adminArb });
const acting = (make: (as: string | undefined) => fc.Arbitrary<Command>): fc.Arbitrary<Step> =>
  actingArb.chain(({ actor, as }) => make(as).map((command) => ({ command, actor })));
/** Editing and withdrawing: proposers and the facilitator both do it. */
const moderate = (command: fc.Arbitrary<Command>): fc.Arbitrary<Step> =>
  fc.record({ command, actor: weighted([1, adminArb], [1, fc.constantFrom(...PHONE_PEOPLE).map(participant)]) });

const spaceArb = fc.constantFrom(...SPACE_POOL);
const slotArb = fc.constantFrom(...SLOT_POOL);
/** Small rooms, so that groups fill up; a name that differs only by case, so that names clash. */
const spaceFieldsArb = fc.record({
  name: fc.constantFrom('Iroise', 'Molène', 'Ouessant', 'iroise'),
  capacity: fc.integer({ min: 1, max: 3 }),
  language: fc.constant(''),
  interpreter: fc.boolean(),
});
/** Back-to-back hours, and one that overlaps two of them. */
const timesArb = fc.constantFrom(
  { start: '09:00', end: '10:00' },
  { start: '10:00', end: '11:00' },
  { start: '11:00', end: '12:00' },
  { start: '09:30', end: '10:30' },
);
const cellArb = fc.record({ slotId: slotArb, spaceId: spaceArb });
/** Moving oneself: mostly phone participants, sometimes someone who may not. */
const selfArb: fc.Arbitrary<Actor> = weighted([10, fc.constantFrom(...PHONE_PEOPLE).map(participant)], [1, fc.constantFrom(FACILITATOR, PROJECTOR)]);
const self = (command: fc.Arbitrary<Command>): fc.Arbitrary<Step> => fc.record({ command, actor: selfArb });

/** The agenda and the breakouts: spaces, slots, scheduling, publication, groups, timers. */
const agendaStepArb: fc.Arbitrary<Step> = weighted<Step>(
  [3, admin(spaceFieldsArb.map((space) => ({ type: 'addSpace', space }) as const))],
  [1, admin(fc.tuple(spaceArb, spaceFieldsArb).map(([id, fields]) => ({ type: 'updateSpace', space: { id, ...fields } }) as const))],
  [1, admin(spaceArb.map((spaceId) => ({ type: 'removeSpace', spaceId }) as const))],
  [3, admin(timesArb.map((times) => ({ type: 'addSlot', times }) as const))],
  [1, admin(fc.tuple(slotArb, timesArb).map(([slotId, times]) => ({ type: 'updateSlot', slotId, times }) as const))],
  [1, admin(slotArb.map((slotId) => ({ type: 'removeSlot', slotId }) as const))],
  [3, admin(fc.constant({ type: 'proposeAgenda' } as const))],
  [4, admin(fc.tuple(topicArb, fc.option(cellArb, { freq: 5 })).map(([topicId, to]) => ({ type: 'moveTopic', topicId, to }) as const))],
  [1, admin(fc.tuple(topicArb, fc.boolean()).map(([topicId, locked]) => ({ type: 'lockTopic', topicId, locked }) as const))],
  [3, admin(fc.constantFrom(true, true, false).map((published) => ({ type: 'publishAgenda', published }) as const))],
  [3, admin(fc.constantFrom('agenda', 'breakouts').map((phase) => ({ type: 'setPhase', phase }) as const))],
  [1, admin(fc.constantFrom('assigned', 'free').map((mode) => ({ type: 'setGroupMode', mode }) as const))],
  [2, admin(fc.constant({ type: 'assignGroups' } as const))],
  [10, self(fc.tuple(slotArb, topicArb).map(([slotId, topicId]) => ({ type: 'joinGroup', slotId, topicId }) as const))],
  [3, self(slotArb.map((slotId) => ({ type: 'leaveGroup', slotId }) as const))],
  [4, self(spaceArb.map((spaceId) => ({ type: 'checkIn', spaceId }) as const))],
  [
    4,
    admin(
      fc
        .tuple(fc.constantFrom(...PEOPLE_POOL), slotArb, fc.option(topicArb, { freq: 4 }))
        .map(([participantId, slotId, topicId]) => ({ type: 'moveParticipant', participantId, slotId, topicId }) as const),
    ),
  ],
  [2, admin(fc.option(slotArb, { freq: 4 }).map((slotId) => ({ type: 'setCurrentSlot', slotId }) as const))],
  [1, admin(fc.tuple(fc.integer({ min: 1, max: 3600 }), fc.option(slotArb)).map(([durationSeconds, slotId]) => ({ type: 'startTimer', durationSeconds, slotId }) as const))],
  [1, admin(fc.constant({ type: 'stopTimer' } as const))],
  [1, admin(fc.option(topicArb, { freq: 4 }).map((topicId) => ({ type: 'setSpotlight', topicId }) as const))],
);

/** Proposing, moderating and voting. */
const voteStepArb: fc.Arbitrary<Step> = weighted<Step>(
  [3, admin(fc.constantFrom(...PHASES.map((p) => p.id)).map((phase) => ({ type: 'setPhase', phase }) as const))],
  [
    2,
    admin(
      fc
        .record({ dotBudget: fc.integer({ min: 1, max: 4 }), allowStacking: fc.boolean(), tallyMode: fc.constantFrom('live', 'hidden') })
        .map((settings) => ({ type: 'updateVoteSettings', settings }) as const),
    ),
  ],
  [2, admin(fc.boolean().map((revealed) => ({ type: 'revealTallies', revealed }) as const))],
  [1, admin(fc.constant({ type: 'addPaperParticipant', pseudonym: '' } as const))],
  [2, admin(fc.tuple(topicArb, fc.boolean()).map(([topicId, hidden]) => ({ type: 'setTopicHidden', topicId, hidden }) as const))],
  [3, admin(fc.tuple(topicArb, topicArb).map(([sourceId, targetId]) => ({ type: 'mergeTopics', sourceId, targetId }) as const))],
  [
    3,
    acting((as) =>
      fc.tuple(titleArb, themeArb).map(([title, themeId]) => withAs({ type: 'proposeTopic', title, description: '', themeId } as const, as)),
    ),
  ],
  [
    1,
    moderate(
      fc
        .tuple(topicArb, titleArb, themeArb)
        .map(([topicId, title, themeId]) => ({ type: 'editTopic', topicId, title, description: '', themeId }) as const),
    ),
  ],
  [2, moderate(topicArb.map((topicId) => ({ type: 'withdrawTopic', topicId }) as const))],
  [12, acting((as) => topicArb.map((topicId) => withAs({ type: 'placeDot', topicId } as const, as)))],
  [4, acting((as) => topicArb.map((topicId) => withAs({ type: 'removeDot', topicId } as const, as)))],
);

const proposalArb = fc.constantFrom(...PROPOSAL_POOL);
const proposalDraftArb = fc.record({
  slotId: slotArb,
  topicId: topicArb,
  text: fc.constantFrom('Un guichet unique', 'Des cours de français', 'Un fonds d’urgence'),
});

/** The closing phase: opening, closing and revealing the convergence vote, and voting on its proposals. */
const convergenceStepArb: fc.Arbitrary<Step> = weighted<Step>(
  [2, admin(fc.constant({ type: 'setPhase', phase: 'closing' } as const))],
  [3, admin(fc.array(proposalDraftArb, { minLength: 1, maxLength: 4 }).map((proposals) => ({ type: 'openConvergence', proposals }) as const))],
  [1, admin(fc.constant({ type: 'closeConvergence' } as const))],
  [2, admin(fc.boolean().map((revealed) => ({ type: 'revealConvergence', revealed }) as const))],
  [12, acting((as) => proposalArb.map((proposalId) => withAs({ type: 'placeProposalDot', proposalId } as const, as)))],
  [4, acting((as) => proposalArb.map((proposalId) => withAs({ type: 'removeProposalDot', proposalId } as const, as)))],
);

/** Any step; mostly the vote, as before the breakouts. */
export const stepArb: fc.Arbitrary<Step> = weighted<Step>([3, voteStepArb], [1, agendaStepArb]);
/** Once the breakouts are open: mostly groups, sometimes a late topic, hide or merge. */
const breakoutStepArb: fc.Arbitrary<Step> = weighted<Step>([1, voteStepArb], [4, agendaStepArb]);
/** In the closing phase: mostly the convergence vote, sometimes a change of settings, phase or grid. */
const closingStepArb: fc.Arbitrary<Step> = weighted<Step>([6, convergenceStepArb], [1, voteStepArb], [1, agendaStepArb]);

const facilitator = (...commands: Command[]): Step[] => commands.map((command) => ({ actor: FACILITATOR, command }));
/** How a facilitator opens the groups; a refused step (no grid left, say) changes nothing. */
const OPENINGS: Step[][] = [
  [],
  // Assigned groups, then the law of two feet while the breakouts run.
  facilitator(
    { type: 'proposeAgenda' },
    { type: 'publishAgenda', published: true },
    { type: 'setPhase', phase: 'breakouts' },
    { type: 'setCurrentSlot', slotId: 'sl1' },
  ),
  // Free choice: people pick their groups as soon as the agenda is out.
  facilitator(
    { type: 'proposeAgenda' },
    { type: 'publishAgenda', published: true },
    { type: 'setPhase', phase: 'agenda' },
    { type: 'setGroupMode', mode: 'free' },
  ),
];

/** How a facilitator opens the convergence vote on the groups' proposals, or not at all. */
const CLOSINGS: Step[][] = [
  [],
  facilitator(
    { type: 'setPhase', phase: 'closing' },
    {
      type: 'openConvergence',
      proposals: [
        { slotId: 'sl1', topicId: 't1', text: 'Un guichet unique' },
        { slotId: 'sl1', topicId: 't2', text: 'Des cours de français' },
        { slotId: 'sl2', topicId: 't3', text: 'Un fonds d’urgence' },
      ],
    },
  ),
];

/**
 * Random steps, mostly with the groups opened midway and a closing after them: random order
 * alone seldom schedules, publishes and opens the groups in turn, and groups only move after
 * that; the convergence vote needs the closing phase and an open ballot.
 */
export const stepsArb = fc
  .tuple(
    fc.array(stepArb, { maxLength: 40, size: 'max' }),
    fc.constantFrom(...OPENINGS),
    fc.array(breakoutStepArb, { maxLength: 40, size: 'max' }),
    fc.constantFrom(...CLOSINGS),
    fc.array(closingStepArb, { maxLength: 30, size: 'max' }),
  )
  .map(([before, opening, after, closing, end]) => [...before, ...opening, ...after, ...closing, ...end])
  .filter((steps) => steps.length > 0);

/** One accepted event with the states around it, as the server sees it. */
export interface Applied {
  event: StoredEvent;
  seq: number;
  before: SessionState;
  after: SessionState;
}

export interface Run {
  /** The state right after SessionCreated. */
  initial: SessionState;
  log: StoredEvent[];
  applied: Applied[];
  final: SessionState;
}

/** Plays a session as the server would: decide, then evolve every accepted event. */
export function play(steps: readonly Step[], onState: (state: SessionState) => void = () => {}): Run {
  const first = created();
  const initial = fold([first]);
  const newId = counterIds();
  const ctx = (actor: Actor) => ({ actor, now: NOW, newId });
  const log: StoredEvent[] = [first];
  const applied: Applied[] = [];
  let state = initial;
  const accept = (decision: Decision) => {
    if (!decision.ok) return;
    for (const event of decision.events) {
      const before = state;
      state = evolve(state, event, state.version + 1);
      log.push(event);
      applied.push({ event, seq: state.version, before, after: state });
      onState(state);
    }
  };
  const setup: Step[] = [
    { actor: FACILITATOR, command: { type: 'setPhase', phase: 'marketplace' } },
    ...PHONE_PEOPLE.map((id) => ({
      actor: participant(id),
      command: { type: 'proposeTopic', title: `Topic of ${id}`, description: '', themeId: null } as const,
    })),
    { actor: FACILITATOR, command: { type: 'setPhase', phase: 'voting' } },
    // A grid to schedule in (sp1, sp2, sl1, sl2): random steps change it, and may remove it all.
    ...[2, 3].map((capacity) => ({
      actor: FACILITATOR,
      command: { type: 'addSpace', space: { name: `Salle ${capacity}`, capacity, language: '', interpreter: false } } as const,
    })),
    ...(
      [
        ['09:00', '10:00'],
        ['10:00', '11:00'],
      ] as const
    ).map(([start, end]) => ({ actor: FACILITATOR, command: { type: 'addSlot', times: { start, end } } as const })),
  ];
  for (let i = 0; i < PHONE_PEOPLE.length; i++) accept(decideJoinSession(state, { type: 'joinSession', pseudonym: '' }, ctx(PROJECTOR)));
  accept(decideAddPaperParticipant(state, { type: 'addPaperParticipant', pseudonym: 'Paper' }, ctx(FACILITATOR)));
  for (const step of [...setup, ...steps]) accept(decide(state, step.command, ctx(step.actor)));
  return { initial, log, applied, final: state };
}

import type { CommandAck } from '@forum-ouvert/shared';
import { newCommandId } from '../../tests/helpers/client.ts';
import { createSession, joinParticipant, type ParticipantHandle } from '../../tests/helpers/http.ts';
import { until } from '../../tests/helpers/wait.ts';
import { Phone } from './phone.ts';
import type { Scenario } from './scenario.ts';

/** Enough topics that dots spread, and below one per person for the smallest room. */
export const TOPICS = 20;
const JOINS_AT_ONCE = 16;
const CONNECTS_AT_ONCE = 100;
const SETTLE_TIMEOUT_MS = 60_000;
/** Setup commands wait this long for their ack: a loaded server may stall for seconds. */
const SETUP_ACK_TIMEOUT_MS = 30_000;

export interface VotingRoom {
  facilitator: Phone;
  projector: Phone;
  participants: Phone[];
  topicIds: string[];
}

/**
 * Through the real protocol, as a workshop gets there: the facilitator creates the session and
 * sets the vote (tallies live, stacking allowed, a budget of the dots each voter will place),
 * everyone joins over HTTP and connects, a few propose topics, the vote opens, every screen syncs.
 */
export async function openVotingRoom(url: string, scenario: Scenario): Promise<VotingRoom> {
  const session = await createSession(url);
  const reconnect = scenario.load.cut !== null;
  const facilitator = await Phone.connect(url, session.facilitatorAuth, false);
  const projector = await Phone.connect(url, session.projectorAuth, false);
  const settings = { dotBudget: scenario.load.dotsEach, allowStacking: true, tallyMode: 'live' } as const;
  expectAccepted(await facilitator.command({ type: 'updateVoteSettings', settings }, newCommandId(), SETUP_ACK_TIMEOUT_MS), 'vote settings');
  expectAccepted(await facilitator.command({ type: 'setPhase', phase: 'marketplace' }, newCommandId(), SETUP_ACK_TIMEOUT_MS), 'marketplace');

  const people = await inGroups(range(scenario.participants), JOINS_AT_ONCE, (i) => joinParticipant(url, session.code, `Phone ${i + 1}`));
  const participants = await inGroups(people, CONNECTS_AT_ONCE, (person: ParticipantHandle) => Phone.connect(url, person.auth, reconnect));
  await Promise.all(
    participants.slice(0, TOPICS).map(async (phone, i) => {
      const command = { type: 'proposeTopic', title: `Sujet ${i + 1}`, description: '', themeId: null } as const;
      expectAccepted(await phone.command(command, newCommandId(), SETUP_ACK_TIMEOUT_MS), 'topic');
    }),
  );
  const opened = expectAccepted(await facilitator.command({ type: 'setPhase', phase: 'voting' }, newCommandId(), SETUP_ACK_TIMEOUT_MS), 'voting');
  const everyone = [facilitator, projector, ...participants];
  await until(() => everyone.every((phone) => phone.version >= opened), `every screen at version ${opened}`, SETTLE_TIMEOUT_MS);
  return { facilitator, projector, participants, topicIds: await topicIdsOf(facilitator) };
}

/** The app's topics as the facilitator sees them; a baseline keeps no state, so any id does for it. */
async function topicIdsOf(facilitator: Phone): Promise<string[]> {
  const ack = await facilitator.fetchState();
  const ids = ack.ok && 'snapshot' in ack ? Object.keys(ack.snapshot.state.topics) : [];
  return ids.length > 0 ? ids : range(TOPICS).map((i) => `topic${i + 1}`);
}

function expectAccepted(ack: CommandAck, what: string): number {
  if (!ack.ok) throw new Error(`Setup (${what}) refused: ${ack.error.code} ${ack.error.message}`);
  return ack.version;
}

function range(size: number): number[] {
  return Array.from({ length: size }, (_, i) => i);
}

/** `work` over every item, `size` at a time, results in the items' order. */
async function inGroups<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) {
    results.push(...(await Promise.all(items.slice(start, start + size).map(work))));
  }
  return results;
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandAck } from '@forum-ouvert/shared';
import { spawnServer, type ChildServer } from '../helpers/childServer.ts';
import { TestClient } from '../helpers/client.ts';
import { createSession, joinParticipant, type ParticipantHandle } from '../helpers/http.ts';
import { makeTempDir, removeDir } from '../helpers/tempDir.ts';
import { until } from '../helpers/wait.ts';
import { expectOk } from '../helpers/workshop.ts';

const PEOPLE = 4;
const TOPICS_EACH = 10;
const DOTS_EACH = 20;

let dataDir: string;
const children: ChildServer[] = [];
const clients: TestClient[] = [];

beforeAll(() => {
  dataDir = makeTempDir('durability');
});

afterAll(async () => {
  for (const client of clients) client.close();
  for (const child of children) await child.kill('SIGKILL');
  removeDir(dataDir);
});

async function connect(url: string, auth: Parameters<typeof TestClient.connect>[1]): Promise<TestClient> {
  const client = await TestClient.connect(url, auth);
  clients.push(client);
  return client;
}

describe('an acknowledged change survives a hard kill', () => {
  it('keeps every acked topic and dot after SIGKILL and a restart on the same data folder', async () => {
    const first = await spawnServer(dataDir);
    children.push(first);
    const session = await createSession(first.url);
    const people: ParticipantHandle[] = [];
    for (let i = 0; i < PEOPLE; i++) people.push(await joinParticipant(first.url, session.code));
    const facilitator = await connect(first.url, session.facilitatorAuth);
    const participants = await Promise.all(people.map((person) => connect(first.url, person.auth)));

    expectOk(await facilitator.command({ type: 'updateVoteSettings', settings: { dotBudget: DOTS_EACH, allowStacking: true, tallyMode: 'live' } }));
    expectOk(await facilitator.command({ type: 'setPhase', phase: 'marketplace' }));
    const ackedTitles: string[] = [];
    await Promise.all(
      participants.flatMap((p, i) =>
        Array.from({ length: TOPICS_EACH }, async (_, k) => {
          const title = `Sujet ${i}-${k}`;
          if ((await p.command({ type: 'proposeTopic', title, description: '', themeId: null })).ok) ackedTitles.push(title);
        }),
      ),
    );
    expect(ackedTitles).toHaveLength(PEOPLE * TOPICS_EACH);
    await facilitator.waitForVersion(expectOk(await facilitator.command({ type: 'setPhase', phase: 'voting' })));
    const topics = Object.keys(facilitator.state?.topics ?? {});
    expect(topics).toHaveLength(PEOPLE * TOPICS_EACH);

    // Every participant fires all their dots at once; the server dies while they are in flight.
    const ackedDots = new Map<string, number>();
    let acked = 0;
    const inFlight = participants.flatMap((p) =>
      Array.from({ length: DOTS_EACH }, (_, k) => {
        const topicId = topics[k % 3] ?? '';
        return p.command({ type: 'placeDot', topicId }).then(
          (ack: CommandAck) => {
            if (!ack.ok) return;
            acked++;
            const key = `${p.participantId}/${topicId}`;
            ackedDots.set(key, (ackedDots.get(key) ?? 0) + 1);
          },
          () => undefined,
        );
      }),
    );
    await until(() => acked >= 30, '30 acknowledged dots');
    await first.kill('SIGKILL');
    for (const client of clients.splice(0)) client.close();
    await Promise.all(inFlight);
    expect(acked).toBeGreaterThanOrEqual(30);

    const second = await spawnServer(dataDir);
    children.push(second);
    const restarted = await connect(second.url, session.facilitatorAuth);
    const state = restarted.state;
    if (!state) throw new Error('no state after restart');
    const titles = Object.values(state.topics).map((t) => t.title);
    for (const title of ackedTitles) expect(titles).toContain(title);
    for (const [key, count] of ackedDots) {
      const [participantId = '', topicId = ''] = key.split('/');
      expect(state.dots[participantId]?.[topicId] ?? 0).toBeGreaterThanOrEqual(count);
    }

    // The old participant tokens still identify the same people.
    const again = await connect(second.url, people[0]?.auth ?? session.projectorAuth);
    expect(again.you).toEqual({ role: 'participant', participantId: people[0]?.participantId });

    // And a polite stop ends cleanly.
    const exit = new Promise<number | null>((resolve) => second.process.once('exit', (code) => resolve(code)));
    await second.kill('SIGTERM');
    expect(await exit).toBe(0);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../helpers/client.ts';
import { joinParticipant } from '../helpers/http.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { removeDir } from '../helpers/tempDir.ts';
import { converge, expectOk, openWorkshop, type Workshop } from '../helpers/workshop.ts';

let server: TestServer;
let workshop: Workshop;

beforeAll(async () => {
  server = await startServer();
  workshop = await openWorkshop(server, 3);
});

afterAll(async () => {
  workshop.close();
  await server.stop();
  removeDir(server.dataDir);
});

/** Everything a socket received, as the bytes it was sent: a pseudonym in any message shows here. */
function heard(client: TestClient): string {
  return JSON.stringify(client.received);
}

describe('pseudonyms stay with the facilitators until their owner convenes', () => {
  it('counts everyone, names only conveners, and lets each phone know itself', async () => {
    const { facilitator, session } = workshop;
    const [alice, bob, carol] = workshop.participants as [TestClient, TestClient, TestClient];
    const projector = await TestClient.connect(server.url, session.projectorAuth);
    expectOk(await facilitator.command({ type: 'setPhase', phase: 'marketplace' }));
    expectOk(await alice.command({ type: 'proposeTopic', title: 'Santé', description: '', themeId: null }));
    // Dana joins while everyone is connected: the others hear that someone came, not who.
    const dana = await joinParticipant(server.url, session.code, 'Dana Secret');
    const danaPhone = await TestClient.connect(server.url, dana.auth);
    const state = await converge(server, session.sessionId, [facilitator, projector, alice, bob, carol, danaPhone]);

    expect(Object.keys(state.participants)).toHaveLength(4);
    expect(facilitator.state?.participants).toStrictEqual(state.participants);
    const aliceRecord = state.participants[alice.participantId];
    expect(aliceRecord?.named).toBe(true);

    for (const reader of [projector, bob, carol]) {
      expect(reader.state?.participantCount).toBe(4);
      const known = Object.keys(reader.state?.participants ?? {}).sort();
      const expected = reader === projector ? [alice.participantId] : [alice.participantId, reader.participantId];
      expect(known).toStrictEqual(expected.sort());
      expect(heard(reader)).toContain('Personne 0');
      expect(heard(reader)).not.toContain('Dana Secret');
    }
    expect(heard(projector)).not.toContain('Personne 1');
    expect(heard(carol)).not.toContain('Personne 1');
    expect(heard(bob)).not.toContain('Personne 2');
    expect(danaPhone.state?.participants[dana.participantId]?.pseudonym).toBe('Dana Secret');
    expect(danaPhone.state?.participantCount).toBe(4);

    // Carol proposes too: from now on every screen names her, as the convener of her topic.
    expectOk(await carol.command({ type: 'proposeTopic', title: 'Logement', description: '', themeId: null }));
    await converge(server, session.sessionId, [facilitator, projector, alice, bob, carol, danaPhone]);
    expect(projector.state?.participants[carol.participantId]?.pseudonym).toBe('Personne 2');
    expect(danaPhone.state?.participants[carol.participantId]?.named).toBe(true);
    expect(heard(danaPhone)).not.toContain('Personne 1');

    projector.close();
    danaPhone.close();
  });
});

import { performance } from 'node:perf_hooks';
import { ACK_TIMEOUT_MS, type SocketAuth } from '@forum-ouvert/shared';
import { newCommandId, TestClient } from '../../tests/helpers/client.ts';
import type { Supervisor } from '../../tests/helpers/crash/supervisor.ts';
import { sleep, until } from '../../tests/helpers/wait.ts';
import type { WindowReading } from '../load/probeMessages.ts';
import { probeOf } from '../crash/probedServer.ts';
import { SNAPSHOT_EVERY } from '../../server/src/sessions/snapshotSchedule.ts';

export interface Scenario {
  label: string;
  signal: 'SIGTERM' | 'SIGKILL';
  /**
   * Signal the moment the server writes a new snapshot (during the burst), rather than at the
   * first acknowledged dot: a restart then restores from a snapshot taken a moment ago.
   */
  afterSnapshot: boolean;
}

export interface StormResult {
  scenario: Scenario;
  /** From the signal to the new process listening. */
  restartMs: number;
  /** Dots of the burst acknowledged, before the signal or after the restart. */
  burstAcked: number;
  /** Phones behind the restored snapshot when their connection dropped: what they missed may be gone from the server's memory. */
  behindSnapshot: number;
  /** Per phone, from the signal until it is connected again; NaN if never. */
  backMs: number[];
  /** Per phone, from the signal until it is connected again AND at the server's version; NaN if never. */
  syncedMs: number[];
  /** The new server while the herd came back: CPU share and event-loop delay. */
  server: WindowReading;
  /** This generator's CPU share over the same time: near 100 % the figures measure the generator. */
  generatorCpu: number;
}

export interface StormSetup {
  supervisor: Supervisor;
  phones: readonly TestClient[];
  facilitatorAuth: SocketAuth;
  topicIds: readonly string[];
  /** Phones that place a dot around the signal, so that a SIGKILL catches batches unsent. */
  burst: number;
  /** Over how long the burst's dots are placed. */
  burstMs: number;
  deadlineMs: number;
  /** The version of the snapshot on disk now. */
  snapshotSeq: () => number;
}

/**
 * One restart under a full room: a burst of dots, the signal during it, the same server again on
 * the same port, then wait until every phone is connected again and at the server's version, or
 * the deadline. The burst goes on across the restart, as people keep tapping.
 */
export async function measureStorm(setup: StormSetup, scenario: Scenario): Promise<StormResult> {
  const { supervisor, phones } = setup;
  const snapshotBefore = setup.snapshotSeq();
  // Enough dots to pass a snapshot point for sure: the next write may be two points away.
  const dots = scenario.afterSnapshot ? Math.max(setup.burst, 2 * SNAPSHOT_EVERY + 50) : setup.burst;
  // Open loop, spread over the burst's length, as people tap; phones take turns.
  const acks = Array.from({ length: dots }, async (_, i) => {
    const phone = phones[i % phones.length];
    if (!phone) throw new Error('No phone');
    await sleep((i / dots) * setup.burstMs);
    return phone.socket.timeout(ACK_TIMEOUT_MS).emitWithAck('command', {
      commandId: newCommandId(),
      command: { type: 'placeDot', topicId: setup.topicIds[i % setup.topicIds.length] ?? '' },
    });
  });
  const settled = Promise.allSettled(acks);
  if (scenario.afterSnapshot) await until(() => setup.snapshotSeq() !== snapshotBefore, 'a new snapshot during the burst', 30_000);
  else await Promise.any(acks);

  const t0 = performance.now();
  // Each phone's version when its connection drops: a SIGTERM still sends what was queued.
  const versionsAtCut = phones.map((phone) => phone.version);
  const backAt = phones.map(() => NaN);
  phones.forEach((phone, i) => {
    phone.socket.once('disconnect', () => (versionsAtCut[i] = phone.version));
    phone.socket.once('connect', () => (backAt[i] = performance.now() - t0));
  });
  const cpuBefore = process.cpuUsage();
  if (scenario.signal === 'SIGKILL') await supervisor.killAndRestart();
  else await supervisor.terminateAndRestart();
  const restartMs = performance.now() - t0;
  const probe = probeOf(supervisor.server);
  await probe.windowStart();
  const restoredFrom = setup.snapshotSeq();
  const target = await serverVersion(supervisor.url, setup.facilitatorAuth);

  const syncedAt = phones.map(() => NaN);
  const deadline = t0 + setup.deadlineMs;
  while (performance.now() < deadline && syncedAt.some(Number.isNaN)) {
    phones.forEach((phone, i) => {
      if (Number.isNaN(syncedAt[i]) && !Number.isNaN(backAt[i]) && phone.socket.connected && phone.version >= target) syncedAt[i] = performance.now() - t0;
    });
    await sleep(25);
  }
  const server = await probe.windowEnd();
  const cpu = process.cpuUsage(cpuBefore);
  const burstAcked = (await settled).filter((a) => a.status === 'fulfilled' && a.value.ok).length;
  const stuck = phones.filter((_, i) => Number.isNaN(syncedAt[i]));
  if (stuck.length > 0) {
    const connected = stuck.filter((phone) => phone.socket.connected).length;
    console.log(`  ${scenario.label}: ${stuck.length} phones not in sync (target ${target}): ${connected} connected, versions ${[...new Set(stuck.map((p) => p.version))].join(', ')}`);
  }
  return {
    scenario,
    restartMs,
    burstAcked,
    behindSnapshot: versionsAtCut.filter((v) => v < restoredFrom).length,
    backMs: backAt,
    syncedMs: syncedAt,
    server,
    generatorCpu: (cpu.user + cpu.system) / 1000 / (performance.now() - t0),
  };
}

/** The server's version, as a facilitator connecting now is told. */
async function serverVersion(url: string, auth: SocketAuth): Promise<number> {
  const client = await TestClient.connect(url, auth, { keepHistory: false, mirror: false });
  const version = client.version;
  client.close();
  return version;
}

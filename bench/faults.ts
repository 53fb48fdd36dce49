import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmptyPostgresDatabase, postgresReachable, TEST_PG_URL } from '@server/test/databases';
import {
  bootTogether,
  killBackendsDuringScans,
  sendHugeChunkedBody,
  spawnServer,
} from '@server/test/fault-drill';
import { report } from './measure';

const MB = 1024 * 1024;

/**
 * Faults an operator meets, on real server processes (src/server/main.ts) and, where it
 * runs, the real Postgres on 127.0.0.1 (LANYARD_TEST_PG_URL): every backend terminated twice
 * during scan load, a 200 MB chunked body, three instances booting at once on one empty database.
 */
export async function faultBench() {
  console.log('\nFaults (real server processes)');
  const dir = mkdtempSync(join(tmpdir(), 'lanyard-fault-bench-'));
  try {
    const server = await spawnServer({ DATABASE_URL: `file:${join(dir, 'body.sqlite')}` });
    try {
      const body = await sendHugeChunkedBody(server, 200_000_000);
      report('200 MB chunked body: answer', String(body.status), {
        ok: body.status === 413,
        text: '413',
      });
      report('  bytes sent before the server closed', `${(body.sentBytes / MB).toFixed(1)} MB`);
      report('  server memory growth', `${(body.growthBytes / MB).toFixed(1)} MB`, {
        ok: body.growthBytes < 64 * MB,
        text: '< 64 MB',
      });
    } finally {
      await server.stop();
    }

    const sqliteBoots = await Promise.allSettled(
      Array.from({ length: 3 }, () => spawnServer({ DATABASE_URL: `file:${join(dir, 'boot.sqlite')}` })),
    );
    const sqliteUp = sqliteBoots.filter((b) => b.status === 'fulfilled').length;
    report('3 instances booting at once, SQLite file', `${sqliteUp} of 3 up`, {
      ok: sqliteUp === 3,
      text: 'all',
    });
    await Promise.all(sqliteBoots.map((b) => (b.status === 'fulfilled' ? b.value.stop() : undefined)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  if (!(await postgresReachable())) {
    console.log(`  Postgres at ${TEST_PG_URL} is not reachable: the Postgres fault figures are skipped.`);
    return;
  }
  const bootDb = await createEmptyPostgresDatabase('lanyard_boot');
  try {
    const boots = await bootTogether(bootDb.url, 3);
    report('3 instances booting at once, empty Postgres', `${boots.up} of 3 up`, {
      ok: boots.up === 3 && boots.flagshipConferences === 1,
      text: 'all, demo once',
    });
    for (const failure of boots.failures) console.log(`    ${failure.split('\n')[0]}`);
  } finally {
    await bootDb.drop();
  }

  const killDb = await createEmptyPostgresDatabase('lanyard_faults');
  try {
    const server = await spawnServer({ DATABASE_URL: killDb.url, DATABASE_POOL_SIZE: '4' });
    try {
      const r = await killBackendsDuringScans(server, killDb, {
        durationMs: 8_000,
        killAtMs: [2_000, 5_000],
      });
      report('backends terminated (2 rounds)', r.terminated.join(' + '));
      report('scans acknowledged / kept', `${r.acknowledged} / ${r.kept}`, {
        ok: r.kept === r.acknowledged,
        text: 'none lost',
      });
      const others = Object.entries(r.otherFailures).map(([k, v]) => `${v}x ${k}`);
      report('  answered 503 + Retry-After / other failures', `${r.unavailable} / ${others.join(', ') || 0}`);
      const yes = (b: boolean) => (b ? 'yes' : 'NO');
      report(
        '  alive / serving again / streams refetched',
        `${yes(r.alive)} / ${yes(r.servedAgain)} / ${yes(r.streamsRefetched)}`,
        { ok: r.alive && r.servedAgain && r.streamsRefetched, text: 'all yes' },
      );
    } finally {
      await server.stop();
    }
  } finally {
    await killDb.drop();
  }
}

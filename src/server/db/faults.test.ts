import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyPostgresDatabase, postgresReachable } from '../test/databases';
import {
  bootTogether,
  killBackendsDuringScans,
  sendHugeChunkedBody,
  spawnServer,
  type ServerProcess,
} from '../test/fault-drill';

// Real server processes (src/server/main.ts) against real databases: what an operator sees.
const postgresUp = await postgresReachable();
if (!postgresUp) {
  console.warn('\n[tests] PostgreSQL is not reachable: the database fault drills are SKIPPED.\n');
}

describe.skipIf(!postgresUp)('Postgres terminating the backends of a running server', () => {
  let db: Awaited<ReturnType<typeof createEmptyPostgresDatabase>>;
  let server: ServerProcess;
  beforeAll(async () => {
    db = await createEmptyPostgresDatabase('lanyard_faults');
    server = await spawnServer({ DATABASE_URL: db.url, DATABASE_POOL_SIZE: '4' });
  }, 180_000);
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  it('answers 503 meanwhile, serves again, keeps every acknowledged scan, and lives', async () => {
    const result = await killBackendsDuringScans(server, db);
    expect(
      result.terminated.every((n) => n > 0),
      JSON.stringify(result),
    ).toBe(true);
    expect(result.alive, server.log()).toBe(true);
    expect(result.servedAgain).toBe(true);
    expect(result.acknowledged).toBeGreaterThan(50);
    expect(result.kept).toBe(result.acknowledged);
    // Requests cut by the kill answer 503 problem+json with Retry-After, never 500.
    expect(result.otherFailures).toEqual({});
    expect(result.streamsRefetched).toBe(true);
    expect(server.log()).not.toMatch(/Unhandled|uncaught/i);
  }, 120_000);
});

describe.skipIf(!postgresUp)('three instances started at once on an empty Postgres database', () => {
  it('all come up, and the demo exists once', async () => {
    const db = await createEmptyPostgresDatabase('lanyard_boot');
    try {
      const result = await bootTogether(db.url, 3);
      expect(result.failures).toEqual([]);
      expect(result).toMatchObject({ up: 3, flagshipConferences: 1, demoAccounts: 3 });
    } finally {
      await db.drop();
    }
  }, 240_000);
});

describe('three instances started at once on one new SQLite file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lanyard-boot-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('all come up', async () => {
    const servers = await Promise.all(
      Array.from({ length: 3 }, () => spawnServer({ DATABASE_URL: `file:${join(dir, 'lanyard.sqlite')}` })),
    );
    try {
      for (const s of servers) expect((await fetch(`${s.base}/api/ready`)).status).toBe(200);
      const res = await fetch(`${servers[0]!.base}/api/conferences`);
      const { conferences } = (await res.json()) as { conferences: { slug: string }[] };
      expect(conferences.filter((c) => c.slug === 'matrix-conf-2025')).toHaveLength(1);
    } finally {
      await Promise.all(servers.map((s) => s.stop()));
    }
  }, 240_000);
});

describe('a 200 MB chunked body', () => {
  let server: ServerProcess;
  const dir = mkdtempSync(join(tmpdir(), 'lanyard-body-'));
  beforeAll(async () => {
    server = await spawnServer({ DATABASE_URL: `file:${join(dir, 'lanyard.sqlite')}` });
  }, 180_000);
  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is refused with 413 early, and the server grows by far less than the body', async () => {
    const result = await sendHugeChunkedBody(server, 200_000_000);
    expect(result.status).toBe(413);
    expect(result.sentBytes).toBeLessThan(200_000_000);
    expect(result.growthBytes).toBeLessThan(64 * 1024 * 1024);
    expect(server.running()).toBe(true);
  }, 60_000);
});

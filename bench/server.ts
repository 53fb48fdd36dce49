import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { DemoEdition } from '@shared/demo';
import { fixedClock } from '@shared/time';
import { createApp, type App } from '@server/app';
import { openDatabase, type DatabaseHandle } from '@server/db/connect';
import { migrateToLatest } from '@server/db/migrate';
import { silentLogger } from '@server/deps';
import { DEFAULT_READ_CACHE_BYTES, nodeFastPath, PublicReadCache } from '@server/features/public-cache';
import { MemoryEventBus } from '@server/features/stream/bus';
import { seedDemo } from '@server/seed/demo';
import { seedEditions } from '@server/seed/demo-editions';

/** During the reference event: Thursday 16 October 2025, 10:30 in Strasbourg. */
export const BENCH_NOW = '2025-10-16T08:30:00Z';

/** Password of the bench's volunteer accounts (bench/serve-bench.ts `volunteers=N`). */
export const BENCH_VOLUNTEER_PASSWORD = 'bench-password-123';

export interface BenchServer {
  base: string;
  handle: DatabaseHandle;
  close(): Promise<void>;
}

/**
 * The real app over real HTTP on loopback, on a fresh (by default in-memory) SQLite database seeded like
 * demo mode (plus any extra editions), with the clock pinned during the reference event.
 */
export async function startBenchServer(extra: DemoEdition[] = []): Promise<BenchServer> {
  // LANYARD_BENCH_SQLITE_FILE=1: a fresh database file instead, so disk syncs are counted
  // (LANYARD_SQLITE_SYNCHRONOUS, decision 14); removed again on close.
  const dir =
    process.env.LANYARD_BENCH_SQLITE_FILE === '1' ? mkdtempSync(join(tmpdir(), 'lanyard-bench-')) : undefined;
  const readCache = new PublicReadCache(DEFAULT_READ_CACHE_BYTES);
  const { app, handle } = await benchApp(extra, {
    databaseUrl: dir ? `file:${join(dir, 'bench.sqlite')}` : ':memory:',
    readCache,
  });
  // As src/server/main.ts serves: held public answers straight from node:http.
  const fastPath = nodeFastPath({ clock: fixedClock(BENCH_NOW) }, readCache);
  const server = serve({
    fetch: app.fetch,
    port: 0,
    hostname: '127.0.0.1',
    createServer: fastPath(createServer),
  });
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    handle,
    async close() {
      server.close();
      await handle.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The app on a fresh database seeded like demo mode (plus any extra editions), with the clock
 * pinned during the reference event; `readCache` to look inside the public read cache.
 */
export async function benchApp(
  extra: DemoEdition[] = [],
  options: { databaseUrl?: string; readCache?: PublicReadCache } = {},
): Promise<{ app: App; handle: DatabaseHandle }> {
  const handle = await openDatabase(options.databaseUrl ?? ':memory:');
  await migrateToLatest(handle.db);
  const clock = fixedClock(BENCH_NOW);
  await seedDemo(handle.db, clock);
  if (extra.length > 0) await seedEditions(handle.db, extra, BENCH_NOW);
  const app = createApp({
    db: handle.db,
    dbKind: handle.kind,
    clock,
    bus: new MemoryEventBus(),
    demo: true,
    version: 'bench',
    logger: silentLogger,
    ...(options.readCache ? { readCache: options.readCache } : {}),
  });
  return { app, handle };
}

/** Logs in over HTTP and returns the session cookie to send with later requests. */
export async function loginCookie(base: string, email: string, password = 'lanyard-demo'): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`login ${email}: ${res.status}`);
  return res.headers.getSetCookie()[0]!.split(';')[0]!;
}

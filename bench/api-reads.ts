import { serve } from '@hono/node-server';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { demoEditions } from '@shared/demo';
import { fixedClock } from '@shared/time';
import { createApp } from '@server/app';
import { openDatabase } from '@server/db/connect';
import { migrateToLatest } from '@server/db/migrate';
import { silentLogger } from '@server/deps';
import { MemoryEventBus } from '@server/features/stream/bus';
import { seedEditions } from '@server/seed/demo-editions';
import { largeEdition } from './large-conference';
import { kb, load, report } from './measure';

/** Read-path figures on SQLite over real HTTP on loopback. */
export async function apiReads() {
  const handle = await openDatabase(':memory:');
  await migrateToLatest(handle.db);
  const now = '2025-10-16T08:30:00Z';
  await seedEditions(handle.db, [...demoEditions(), largeEdition()], now);
  const app = createApp({
    db: handle.db,
    dbKind: handle.kind,
    clock: fixedClock(now),
    bus: new MemoryEventBus(),
    demo: true,
    version: 'bench',
    logger: silentLogger,
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  console.log('\nAPI reads on SQLite (HTTP on loopback, 20 concurrent clients):');
  const large = await fetch(`${base}/api/conferences/bench-large/sessions`);
  const body = await large.text();
  const etag = large.headers.get('etag')!;
  report('1,000-session schedule JSON', kb(body.length));
  const gz = gzipSync(body).length;
  report('1,000-session schedule JSON, gzip', kb(gz), { ok: gz <= 100 * 1024, text: '<= 100 KB' });
  const revalidated = await fetch(`${base}/api/conferences/bench-large/sessions`, {
    headers: { 'if-none-match': etag },
  });
  report('unchanged schedule revalidates', String(revalidated.status), {
    ok: revalidated.status === 304,
    text: '304',
  });

  for (const [name, path, total] of [
    ['GET sessions (62, reference event)', '/api/conferences/matrix-conf-2025/sessions', 3000],
    ['GET sessions (1,000 sessions)', '/api/conferences/bench-large/sessions', 400],
    ['GET conference', '/api/conferences/matrix-conf-2025', 3000],
  ] as const) {
    const r = await load(total, 20, async () => {
      const res = await fetch(`${base}${path}`, { headers: { 'accept-encoding': 'gzip' } });
      await res.arrayBuffer();
      if (!res.ok) throw new Error(String(res.status));
    });
    report(`${name} throughput`, `${r.perSecond.toFixed(0)} req/s`);
    report(`${name} p50 / p99`, `${r.p50.toFixed(1)} / ${r.p99.toFixed(1)} ms`);
    if (r.errors) report(`${name} errors`, String(r.errors));
  }
  server.close();
  await handle.close();
}

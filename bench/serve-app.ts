import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { DemoEdition } from '@shared/demo';
import { fixedClock } from '@shared/time';
import { createApp } from '@server/app';
import { openDatabase } from '@server/db/connect';
import { migrateToLatest } from '@server/db/migrate';
import { silentLogger } from '@server/deps';
import { MemoryEventBus } from '@server/features/stream/bus';
import { seedDemo } from '@server/seed/demo';
import { seedEditions } from '@server/seed/demo-editions';
import { largeEdition } from './large-conference';
import { BENCH_NOW } from './server';

/**
 * The built app and the real API, as a phone meets them: `node --import tsx bench/serve-app.ts
 * <dist dir> [large]`, demo data (plus the 1,000-session edition with `large`), the clock pinned
 * during the reference event. Runs in its own process, like bench/serve-bench.ts, and prints
 * `{"base": ...}` once it listens; it exits when stdin closes.
 */
const [distDir = 'dist/client', ...flags] = process.argv.slice(2);
const handle = await openDatabase(':memory:');
await migrateToLatest(handle.db);
const clock = fixedClock(BENCH_NOW);
await seedDemo(handle.db, clock);
const extra: DemoEdition[] = flags.includes('large') ? [largeEdition()] : [];
if (extra.length > 0) await seedEditions(handle.db, extra, BENCH_NOW);
const app = createApp({
  db: handle.db,
  dbKind: handle.kind,
  clock,
  bus: new MemoryEventBus(),
  demo: true,
  version: 'bench',
  logger: silentLogger,
  staticRoot: resolve(distDir),
});
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
await new Promise((r) => server.once('listening', r));
process.stdout.write(
  `${JSON.stringify({ base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })}\n`,
);
const stop = () => {
  server.close();
  setTimeout(() => process.exit(0), 500).unref();
};
process.stdin.on('end', stop);
process.stdin.on('close', stop);
process.stdin.resume();
process.on('SIGTERM', stop);

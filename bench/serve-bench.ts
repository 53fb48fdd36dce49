import type { DemoEdition } from '@shared/demo';
import { createAccount } from '@server/features/auth';
import { largeEdition } from './large-conference';
import { BENCH_NOW, BENCH_VOLUNTEER_PASSWORD, startBenchServer } from './server';

/**
 * The bench server on its own: `node --import tsx bench/serve-bench.ts [large]`. Runs in a
 * child process of the bench so the load generator's CPU is not counted against the server.
 * Prints `{"base": "http://127.0.0.1:PORT"}` on one line of stdout once it listens, and exits
 * when stdin closes (the bench went away) or on SIGTERM. `volunteers=N` adds N volunteer
 * accounts bench-0@example.org ... with the password in BENCH_VOLUNTEER_PASSWORD (registering
 * over HTTP is rate-limited per address, as it should be).
 */
const extra: DemoEdition[] = process.argv.includes('large') ? [largeEdition()] : [];
const { base, handle, close } = await startBenchServer(extra);
const volunteers = Number(process.argv.find((a) => a.startsWith('volunteers='))?.split('=')[1] ?? 0);
for (let i = 0; i < volunteers; i++) {
  await createAccount(handle.db, () => new Date(BENCH_NOW), {
    email: `bench-${i}@example.org`,
    name: `Bench Volunteer ${i}`,
    password: BENCH_VOLUNTEER_PASSWORD,
    roles: ['volunteer'],
  });
}
let closing = false;
const stop = () => {
  if (closing) return;
  closing = true;
  // The server keeps keep-alive sockets open; the process ends without waiting for them.
  void close().finally(() => process.exit(0));
  setTimeout(() => process.exit(0), 1000).unref();
};
process.stdout.write(`${JSON.stringify({ base })}\n`);
process.stdin.on('end', stop);
process.stdin.on('close', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

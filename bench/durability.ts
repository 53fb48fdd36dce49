import { loadavg } from 'node:os';
import { scanThroughput, signupThroughput } from './write-paths';

/**
 * Decision 14: what FULL costs over NORMAL. Runs the scan and sign-up benches on a SQLite
 * file (not the in-memory database the other benches use, where syncs cost nothing) once per
 * level and round: `npx tsx bench/durability.ts [rounds=2] [levels=NORMAL,FULL]`. The load
 * average before each run is printed, since the machine may be shared.
 */
const arg = (name: string) => process.argv.find((a) => a.startsWith(`${name}=`))?.split('=')[1];
const rounds = Number(arg('rounds') ?? 2);
const levels = (arg('levels') ?? 'NORMAL,FULL').split(',');

process.env.LANYARD_BENCH_SQLITE_FILE = '1';
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
for (let round = 1; round <= rounds; round++) {
  for (const level of levels) {
    process.env.LANYARD_SQLITE_SYNCHRONOUS = level;
    console.log(`\n=== synchronous=${level}, round ${round}; load average before: ${load()}`);
    await scanThroughput();
    await signupThroughput();
  }
}
console.log(`\nload average after: ${load()}`);

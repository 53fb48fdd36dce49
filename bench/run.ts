import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { apiReads } from './api-reads';
import { bundleSize } from './bundle-size';
import { scanThroughput, signupThroughput } from './write-paths';

// `npm run bench`: prints figures and compares them with the budgets in the design notes.
// Benchmarks are measurements, not tests: they never fail the build.
console.log(`Lanyard benchmarks on Node ${process.version}, ${new Date().toISOString()}`);

if (!existsSync('dist/client/.vite/manifest.json')) {
  console.log('Building the app first...');
  spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
}
bundleSize();
await (await import('./lighthouse')).lighthouseScores();
await (await import('./large-schedule')).largeSchedule();
await apiReads();
await (await import('./public-reads')).publicReadsBench();
await (await import('./scale-out')).scaleOutBench();
await (await import('./publish-storm')).publishStormBench();
await scanThroughput();
await signupThroughput();
await (await import('./import')).importBench();
await (await import('./import-real-world')).realWorldImportBench();
await (await import('./desk-index')).deskIndexBench();
await (await import('./desk-latency')).deskLatency();
await (await import('./faults')).faultBench();

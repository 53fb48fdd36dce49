#!/usr/bin/env node
// `npm test`: the whole suite, in order: typecheck, lint and format, unit + API (SQLite, PGlite
// and the real Postgres when reachable) + component tests, a production build, then Playwright
// end to end against the real server. Every step runs even if an earlier one failed, so one
// run shows everything; the last line sums the tests.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';

const only = process.argv[2];
mkdirSync('test-results', { recursive: true });

const steps = [
  { name: 'typecheck', cmd: ['npm', 'run', '--silent', 'typecheck'] },
  { name: 'lint', cmd: ['npx', 'eslint', '.', '--max-warnings=0'] },
  { name: 'format', cmd: ['npx', 'prettier', '--check', '.', '--log-level', 'warn'] },
  {
    name: 'vitest',
    cmd: [
      'npx',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=test-results/vitest.json',
    ],
    report: 'test-results/vitest.json',
    count: (r) => ({
      passed: r.numPassedTests,
      failed: r.numFailedTests,
      skipped: r.numPendingTests + r.numTodoTests,
    }),
  },
  { name: 'build', cmd: ['npx', 'vite', 'build', '--logLevel', 'warn'] },
  {
    name: 'e2e',
    cmd: ['npx', 'playwright', 'test'],
    report: 'test-results/playwright.json',
    count: (r) => ({ passed: r.stats.expected, failed: r.stats.unexpected, skipped: r.stats.skipped }),
  },
].filter((s) => !only || s.name === only);

// The end-to-end tests drive the system Chromium; bring it in on Debian when we may.
function ensureChromium() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(path)) return;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('Chromium is missing: installing it from Debian (apt-get install chromium)...');
    spawnSync(
      'sh',
      ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'],
      {
        stdio: 'inherit',
      },
    );
  }
  if (!existsSync(path)) {
    console.error(
      `No Chromium at ${path}: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
}
if (steps.some((s) => s.name === 'e2e')) ensureChromium();

const totals = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];
for (const step of steps) {
  console.log(`\n▶ ${step.name}: ${step.cmd.join(' ')}`);
  const started = Date.now();
  const res = spawnSync(step.cmd[0], step.cmd.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, ...step.env },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (step.report && existsSync(step.report)) {
    const counts = step.count(JSON.parse(readFileSync(step.report, 'utf8')));
    for (const k of Object.keys(totals)) totals[k] += counts[k];
  }
  if (res.status !== 0) failedSteps.push(step.name);
  console.log(`${res.status === 0 ? '✔' : '✘'} ${step.name} (${seconds}s)`);
}

console.log(`\nSteps failed: ${failedSteps.length ? failedSteps.join(', ') : 'none'}`);
if (failedSteps.length && totals.failed === 0) totals.failed = failedSteps.length;
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedSteps.length ? 1 : 0);

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { DONE_FILE, FAILED_FILE, SNAPSHOTS_ENV, snapshotFile } from './snapshots';

const DIR_PREFIX = 'lanyard-test-snapshots-';
const root = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * The api project's global setup: builds the run's database snapshots (snapshots.ts) in a child
 * process while the first test files start, and removes them (and the Postgres templates) when
 * the run ends. Tests find the directory in LANYARD_TEST_SNAPSHOTS. In watch mode each rerun
 * builds them afresh, so an edited migration or seed is seen.
 */
export default function setup(project: TestProject): () => Promise<void> {
  removeStaleDirectories();
  let current = build();
  project.onTestsRerun(async () => {
    await current.remove();
    current = build();
  });
  return () => current.remove();
}

function build(): { remove(): Promise<void> } {
  const dir = mkdtempSync(join(tmpdir(), DIR_PREFIX));
  process.env[SNAPSHOTS_ENV] = dir;
  const builder = spawn(process.execPath, ['--import', 'tsx', 'src/server/test/build-snapshots.ts', dir], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = once(builder, 'exit');
  builder.on('exit', (code, signal) => {
    // Killed or crashed before the end: whoever still waits builds their own.
    if (existsSync(dir) && !existsSync(join(dir, DONE_FILE))) {
      writeFileSync(join(dir, FAILED_FILE), `the builder exited (${signal ?? code})`);
    }
  });
  builder.on('error', (err) => {
    writeFileSync(join(dir, FAILED_FILE), String(err));
  });

  return {
    async remove() {
      if (builder.exitCode === null && builder.signalCode === null) {
        builder.kill();
        await exited;
      }
      const templates = (['seeded', 'migrated'] as const)
        .map((start) => join(dir, snapshotFile('postgres', start)))
        .filter((file) => existsSync(file))
        .map((file) => readFileSync(file, 'utf8').trim());
      if (templates.length > 0) {
        const { adminQuery } = await import('./databases');
        for (const name of templates) {
          await adminQuery(`drop database if exists ${name} with (force)`).catch((err: Error) =>
            console.warn(`[tests] Could not drop the template database ${name}: ${err.message}`),
          );
        }
      }
      rmSync(dir, { recursive: true, force: true });
      if (process.env[SNAPSHOTS_ENV] === dir) delete process.env[SNAPSHOTS_ENV];
    },
  };
}

/** Snapshot directories a killed run left behind (over a day old: no run lasts that long). */
function removeStaleDirectories(): void {
  const dayAgo = Date.now() - 24 * 3600_000;
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith(DIR_PREFIX)) continue;
    const path = join(tmpdir(), name);
    try {
      if (statSync(path).mtimeMs < dayAgo) rmSync(path, { recursive: true, force: true });
    } catch {
      // Removed meanwhile by another run.
    }
  }
}

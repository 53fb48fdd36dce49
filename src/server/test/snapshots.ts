import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { DatabaseKind } from '../db/connect';

/**
 * Ready-made test databases. Booting PGlite runs initdb (seconds of wasm), and migrating and
 * seeding the demo costs about as much again on every database; the api project's global setup
 * (`global-setup.ts`) does it once per run in a child process (`build-snapshots.ts`), and each
 * test's database starts as a private copy of the result: a SQLite image, a PGlite data
 * directory tarball, a Postgres template database.
 */

/** During the reference event: Thursday 16 October 2025, 10:30 in Strasbourg. */
export const DURING_CONFERENCE = '2025-10-16T08:30:00Z';

/**
 * What a test database holds when a test gets it: nothing, the schema, or the schema and the
 * demo seeded at DURING_CONFERENCE.
 */
export type Start = 'empty' | 'migrated' | 'seeded';

/** The directory the builder writes to; set by the global setup, so unset outside vitest. */
export const SNAPSHOTS_ENV = 'LANYARD_TEST_SNAPSHOTS';

/** The file holding the snapshot: an image, a tarball, or (Postgres) the template's name. */
export const snapshotFile = (kind: DatabaseKind, start: Start) =>
  `${kind}-${start}.${kind === 'sqlite' ? 'db' : kind === 'pglite' ? 'tar' : 'name'}`;

/** Written by the builder when it has finished, with or without every snapshot. */
export const DONE_FILE = 'done';
/** Written (with the reason) when the builder failed; tests then build their own. */
export const FAILED_FILE = 'failed';

/** Prefix of the Postgres template databases; the rest of the name says when it was made. */
export const TEMPLATE_PREFIX = 'lanyard_tpl_';

/** Longer than the builder ever takes on a loaded machine; then the test builds its own. */
const WAIT_MS = 180_000;

const loaded = new Map<string, Promise<Uint8Array<ArrayBuffer> | string | undefined>>();

/**
 * The snapshot of `kind` at `start`, waiting for the builder if it is still at work: bytes for
 * SQLite and PGlite, a template database's name for Postgres. Undefined when there is none
 * (outside the global setup, or the builder failed or skipped it); the caller then migrates and
 * seeds as before.
 */
export function snapshot(
  kind: 'sqlite' | 'pglite',
  start: Start,
): Promise<Uint8Array<ArrayBuffer> | undefined>;
export function snapshot(kind: 'postgres', start: Start): Promise<string | undefined>;
export function snapshot(
  kind: DatabaseKind,
  start: Start,
): Promise<Uint8Array<ArrayBuffer> | string | undefined> {
  const dir = process.env[SNAPSHOTS_ENV];
  if (!dir) return Promise.resolve(undefined);
  const name = snapshotFile(kind, start);
  const key = join(dir, name);
  let found = loaded.get(key);
  if (!found) {
    found = (async () => {
      const path = await waitFor(dir, name);
      if (!path) return undefined;
      return kind === 'postgres' ? readFileSync(path, 'utf8').trim() : readFileSync(path);
    })();
    loaded.set(key, found);
  }
  return found;
}

async function waitFor(dir: string, name: string): Promise<string | undefined> {
  const path = join(dir, name);
  const deadline = Date.now() + WAIT_MS;
  for (let pause = 20; ; pause = Math.min(pause * 2, 250)) {
    if (existsSync(path)) return path;
    // The builder publishes each file by renaming it into place before it writes `done`.
    if (existsSync(join(dir, DONE_FILE)) || existsSync(join(dir, FAILED_FILE))) {
      return existsSync(path) ? path : undefined;
    }
    if (!existsSync(dir) || Date.now() > deadline) {
      console.warn(`[tests] No ${name} snapshot after ${WAIT_MS / 1000} s: building the database here.`);
      return undefined;
    }
    await sleep(pause);
  }
}

/**
 * Builds the test database snapshots (see snapshots.ts) into the directory given as the only
 * argument, in the order the suites need them: SQLite, PGlite, then Postgres templates when the
 * server answers. Run by the api project's global setup as
 * `node --import tsx src/server/test/build-snapshots.ts DIR`, beside the first test files.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, sql } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { fixedClock } from '@shared/time';
import { openDatabase, type DatabaseKind } from '../db/connect';
import { migrateToLatest } from '../db/migrate';
import type { Database } from '../db/schema';
import { seedDemo } from '../seed/demo';
import { adminQuery, postgresReachable, TEST_PG_URL, urlOfDatabase } from './databases';
import { DONE_FILE, DURING_CONFERENCE, snapshotFile, TEMPLATE_PREFIX, type Start } from './snapshots';

const dir = process.argv[2];
if (!dir) throw new Error('usage: build-snapshots.ts DIR');

const clock = fixedClock(DURING_CONFERENCE);

/** Renamed into place whole, so a waiting test never reads half a file. */
function publish(kind: DatabaseKind, start: Start, data: Uint8Array | string): void {
  const path = join(dir!, snapshotFile(kind, start));
  writeFileSync(`${path}.part`, data);
  renameSync(`${path}.part`, path);
}

async function sqlite(): Promise<void> {
  const handle = await openDatabase(':memory:');
  try {
    await migrateToLatest(handle.db);
    await sql`vacuum into ${join(dir!, 'sqlite-migrated.db.part')}`.execute(handle.db);
    renameSync(join(dir!, 'sqlite-migrated.db.part'), join(dir!, snapshotFile('sqlite', 'migrated')));
    await seedDemo(handle.db, clock);
    await sql`vacuum into ${join(dir!, 'sqlite-seeded.db.part')}`.execute(handle.db);
    renameSync(join(dir!, 'sqlite-seeded.db.part'), join(dir!, snapshotFile('sqlite', 'seeded')));
  } finally {
    await handle.close();
  }
}

async function pglite(): Promise<void> {
  const client = new PGlite();
  const db = new Kysely<Database>({ dialect: new PGliteDialect(client) });
  const dump = async (start: Start) => {
    // Written to disk first, a copy starts without replaying the log.
    await client.exec('checkpoint');
    const tar = await client.dumpDataDir('none');
    publish('pglite', start, new Uint8Array(await tar.arrayBuffer()));
  };
  try {
    await client.waitReady;
    await dump('empty');
    await migrateToLatest(db);
    await dump('migrated');
    await seedDemo(db, clock);
    await dump('seeded');
  } finally {
    await db.destroy();
  }
}

/**
 * Template databases named `lanyard_tpl_<base-36 time>_<random>_<start>`. Test databases are
 * copied from them with `create database ... template`, which needs nobody connected to the
 * template: they refuse connections once built. The global teardown drops them; ones a killed
 * run left behind are dropped here after a day.
 */
async function postgres(): Promise<void> {
  if (!(await postgresReachable())) return;
  await dropStaleTemplates();
  const base = `${TEMPLATE_PREFIX}${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  let from: string | undefined;
  for (const start of ['migrated', 'seeded'] as const) {
    const name = `${base}_${start}`;
    await adminQuery(`create database ${name}${from ? ` template ${from}` : ''}`);
    const handle = await openDatabase(urlOfDatabase(name));
    try {
      if (start === 'migrated') await migrateToLatest(handle.db);
      else await seedDemo(handle.db, clock);
    } finally {
      await handle.close();
    }
    await adminQuery(`alter database ${name} with allow_connections false`);
    publish('postgres', start, name);
    from = name;
  }
}

async function dropStaleTemplates(): Promise<void> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: TEST_PG_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      `select datname from pg_database where datname like '${TEMPLATE_PREFIX}%'`,
    );
    const dayAgo = Date.now() - 24 * 3600_000;
    for (const { datname } of rows) {
      const made = parseInt(datname.slice(TEMPLATE_PREFIX.length).split('_')[0] ?? '', 36);
      if (made < dayAgo) await client.query(`drop database if exists ${datname} with (force)`);
    }
  } finally {
    await client.end();
  }
}

// A step that fails leaves its snapshots out; the tests waiting for them build their own.
for (const [kind, step] of [
  ['SQLite', sqlite],
  ['PGlite', pglite],
  ['Postgres', postgres],
] as const) {
  try {
    await step();
  } catch (err) {
    console.error(`[tests] Could not build the ${kind} test snapshots (tests will build their own):`, err);
    process.exitCode = 1;
  }
}
writeFileSync(join(dir, DONE_FILE), '');

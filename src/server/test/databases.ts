import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type DatabaseHandle, type DatabaseKind } from '../db/connect';

/** The real PostgreSQL server tests use when it is reachable (CI starts one). */
export const TEST_PG_URL = process.env.LANYARD_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

let pgReachable: Promise<boolean> | undefined;

/**
 * Whether the real Postgres answers; asked once per test file. When the server answers but the
 * database (`test` by default) does not exist, it is created; when it cannot be, or the server
 * does not answer, the run says which.
 */
export function postgresReachable(): Promise<boolean> {
  pgReachable ??= (async () => {
    const problem = await tryPostgres(TEST_PG_URL);
    if (!problem) return true;
    const skipped = (why: string) => {
      console.warn(`\n[tests] ${why}: the postgres variants are SKIPPED.\n`);
      return false;
    };
    // A five-character SQLSTATE means the server answered; anything else is the network.
    if (!/^[0-9A-Z]{5}$/.test(problem.code ?? '')) {
      return skipped(`PostgreSQL at ${serverOf(TEST_PG_URL)} is not reachable (${problem.message})`);
    }
    if (problem.code !== '3D000') {
      return skipped(`PostgreSQL at ${serverOf(TEST_PG_URL)} refused the tests (${problem.message})`);
    }
    const name = databaseOf(TEST_PG_URL);
    try {
      await adminQuery(`create database "${name.replaceAll('"', '""')}"`, maintenanceUrl(TEST_PG_URL));
      console.warn(
        `\n[tests] Created the database "${name}" on ${serverOf(TEST_PG_URL)} for the postgres variants.\n`,
      );
      return (await tryPostgres(TEST_PG_URL)) === undefined;
    } catch (err) {
      return skipped(
        `PostgreSQL at ${serverOf(TEST_PG_URL)} answers but has no database "${name}" and it could not be created ` +
          `(${(err as Error).message}); create it with: createdb -h 127.0.0.1 -U postgres ${name}`,
      );
    }
  })();
  return pgReachable;
}

/** Undefined when `url` answers a query, else the error (with Postgres's code when it has one). */
async function tryPostgres(url: string): Promise<{ code?: string; message: string } | undefined> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return undefined;
  } catch (err) {
    const { code, message } = err as { code?: string; message: string };
    return { code, message };
  } finally {
    await client.end().catch(() => {});
  }
}

const databaseOf = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1)) || 'postgres';
const serverOf = (url: string) => new URL(url).host;
/** The same server's `postgres` database, from which others are created. */
const maintenanceUrl = (url: string) => {
  const u = new URL(url);
  u.pathname = '/postgres';
  return u.toString();
};

async function adminQuery(sql: string, url = TEST_PG_URL): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  handle: DatabaseHandle;
  /** The URL another process (or a second app) can open to share this database. */
  url: string;
  dispose(): Promise<void>;
}

/**
 * A fresh, empty database of the given kind. Each Postgres one is its own database, so test
 * files run in parallel without seeing each other's rows.
 */
export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const handle = await openDatabase(':memory:');
    return { handle, url: ':memory:', dispose: () => handle.close() };
  }
  if (kind === 'pglite') {
    const handle = await openDatabase('pglite://memory');
    return { handle, url: 'pglite://memory', dispose: () => handle.close() };
  }
  const empty = await createEmptyPostgresDatabase();
  const handle = await openDatabase(empty.url);
  return {
    handle,
    url: empty.url,
    async dispose() {
      await handle.close();
      await empty.drop();
    },
  };
}

/**
 * A new, empty database on the real Postgres server, named `<prefix>_<random>`; `drop()`
 * removes it, ending any sessions still connected to it.
 */
export async function createEmptyPostgresDatabase(
  prefix = 'lanyard_test',
): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await adminQuery(`create database ${name}`);
  return {
    name,
    url: TEST_PG_URL.replace(/\/[^/?]+(\?|$)/, `/${name}$1`),
    drop: () => adminQuery(`drop database if exists ${name} with (force)`),
  };
}

/** Ends every session on database `name` (what a failover or `pg_ctl restart` does to them). */
export async function terminateBackends(name: string): Promise<number> {
  const client = new pg.Client({ connectionString: TEST_PG_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ killed: number }>(
      `select count(*)::int as killed from (
         select pg_terminate_backend(pid) from pg_stat_activity
          where datname = $1 and pid <> pg_backend_pid()) t`,
      [name],
    );
    return rows[0]!.killed;
  } finally {
    await client.end();
  }
}

export const ALL_KINDS: DatabaseKind[] = ['sqlite', 'pglite', 'postgres'];

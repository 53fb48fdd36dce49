import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type DatabaseHandle, type DatabaseKind } from '../db/connect';

/** The real PostgreSQL server tests use when it is reachable (CI starts one). */
export const TEST_PG_URL = process.env.LANYARD_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

let pgReachable: Promise<boolean> | undefined;

/** Whether the real Postgres answers; asked once per test file. */
export function postgresReachable(): Promise<boolean> {
  pgReachable ??= (async () => {
    const client = new pg.Client({ connectionString: TEST_PG_URL, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.query('select 1');
      return true;
    } catch {
      console.warn(
        `\n[tests] PostgreSQL at ${TEST_PG_URL} is not reachable: the postgres variants are SKIPPED.\n`,
      );
      return false;
    } finally {
      await client.end().catch(() => {});
    }
  })();
  return pgReachable;
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_PG_URL });
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

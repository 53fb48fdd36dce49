import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema';
import { sqliteSynchronous } from './sqlite-durability';

export type DatabaseKind = 'sqlite' | 'postgres' | 'pglite';

export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** Present on Postgres: a pool the event bus can take a LISTEN connection from. */
  pool?: pg.Pool;
  /**
   * Runs `work` while holding a lock every process sharing this database respects (boot:
   * migrations and the demo seed). Postgres: a session advisory lock; a SQLite file: an
   * exclusive lock on a sibling lock file; in-memory databases belong to one process.
   */
  exclusive<T>(name: string, work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const unshared = <T>(_name: string, work: () => Promise<T>) => work();

/**
 * Opens the database named by a DATABASE_URL:
 * `file:./data/lanyard.sqlite` (default), `file::memory:`, `postgres://...`, or
 * `pglite://memory` (Postgres in-process, for tests).
 */
export async function openDatabase(url: string): Promise<DatabaseHandle> {
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return openPostgres(url);
  if (url.startsWith('pglite:')) return openPglite(url);
  if (url.startsWith('file:') || url === ':memory:') return openSqlite(url);
  throw new Error(`Unsupported DATABASE_URL "${url}": use file:PATH, postgres://... or pglite://memory`);
}

function openSqlite(url: string): DatabaseHandle {
  const path = url === ':memory:' ? ':memory:' : url.slice('file:'.length);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SQLite(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma(`synchronous = ${sqliteSynchronous()}`);
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  const exclusive = path === ':memory:' ? unshared : fileLock(`${path}-boot.lock`);
  return { db, kind: 'sqlite', exclusive, close: () => db.destroy() };
}

/** How long a booting process waits for another one's migrations and seed. */
const LOCK_WAIT_MS = 120_000;

/**
 * A lock between processes sharing one SQLite file: an exclusive transaction on a small
 * sibling database. The operating system drops it if the holder dies, so it never goes stale.
 * Waiting blocks the event loop, which is fine at boot, before the server listens.
 */
function fileLock(lockPath: string) {
  return async <T>(_name: string, work: () => Promise<T>): Promise<T> => {
    const lock = new SQLite(lockPath, { timeout: LOCK_WAIT_MS });
    try {
      lock.exec('begin exclusive');
      return await work();
    } finally {
      lock.close();
    }
  };
}

/** Distinct SQL texts kept prepared; the app has a few hundred, so this bounds only a runaway. */
const MAX_CACHED_STATEMENTS = 1000;
/** Schema changes and pragmas are run once and may change what other statements mean. */
const SCHEMA_CHANGING = /^\s*(create|alter|drop|pragma|vacuum|attach|detach|reindex|analyze)\b/i;

/**
 * Kysely's SQLite driver prepares every query anew, and preparing costs more than running the
 * small indexed queries a request makes (about a seventh of a scan's CPU in a profile). The
 * SQL text of a Kysely query depends only on its shape, values go in as parameters, so the
 * statements are prepared once and reused. Safe because the driver runs one query at a time
 * on the one connection; a statement still busy (a streamed query being read) is not reused,
 * and a schema change drops the cache.
 */
export function withStatementCache(sqlite: SQLite.Database) {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string): SQLite.Statement {
      if (SCHEMA_CHANGING.test(sql)) {
        statements.clear();
        return sqlite.prepare(sql);
      }
      const cached = statements.get(sql);
      if (cached && !cached.busy) return cached;
      const fresh = sqlite.prepare(sql);
      if (!cached) {
        if (statements.size >= MAX_CACHED_STATEMENTS) statements.clear();
        statements.set(sql, fresh);
      }
      return fresh;
    },
  };
}

// Postgres returns bigint (int8) as text to avoid precision loss; our counts fit in a double.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

/** A request waits this long for a pooled connection before it answers 503. */
const CONNECT_TIMEOUT_MS = 10_000;

function openPostgres(url: string): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: url,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    // Notices a peer that vanished without closing (a failover, a dropped network path).
    keepAlive: true,
  });
  const lost = (err: Error) => console.warn(`Postgres connection lost: ${err.message}`);
  // A connection killed by the server (restart, failover, pg_terminate_backend) emits 'error'.
  // Idle in the pool, the pool re-emits it; checked out (between the statements of a
  // transaction, or the LISTEN connection) it is the client's own, and unhandled either way it
  // would crash the process. The statement in flight fails with it (503), the pool drops the
  // dead client when it comes back, and the next request gets a fresh connection.
  pool.on('error', lost);
  pool.on('connect', (client) => client.on('error', lost));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: 'postgres',
    pool,
    exclusive: (name, work) => withAdvisoryLock(url, name, work),
    close: () => db.destroy(),
  };
}

/**
 * Holds `pg_advisory_lock` on a connection of its own (not the pool's, which may be a single
 * connection the work needs). Ending that session releases the lock, also when the process dies.
 */
async function withAdvisoryLock<T>(url: string, name: string, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  client.on('error', (err) => console.warn(`Postgres lock connection lost: ${err.message}`));
  await client.connect();
  try {
    await client.query('select pg_advisory_lock(hashtext($1))', [name]);
    return await work();
  } finally {
    await client.end().catch(() => {});
  }
}

async function openPglite(url: string): Promise<DatabaseHandle> {
  // Loaded lazily: PGlite is a test/dev dependency and ships a large wasm bundle.
  const [{ PGlite }, { PGliteDialect }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('kysely-pglite-dialect'),
  ]);
  const dataDir = url.replace(/^pglite:(\/\/)?/, '');
  const client = dataDir === 'memory' || dataDir === '' ? new PGlite() : new PGlite(dataDir);
  const db = new Kysely<Database>({ dialect: new PGliteDialect(client) });
  return { db, kind: 'pglite', exclusive: unshared, close: () => db.destroy() };
}

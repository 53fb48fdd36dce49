import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema';

export type DatabaseKind = 'sqlite' | 'postgres' | 'pglite';

export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** Present on Postgres: a pool the event bus can take a LISTEN connection from. */
  pool?: pg.Pool;
  close(): Promise<void>;
}

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
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return { db, kind: 'sqlite', close: () => db.destroy() };
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

function openPostgres(url: string): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  // An idle pooled connection killed by the server (restart, failover, admin) emits 'error' on
  // the pool; unhandled, that would crash the process. The pool replaces it on the next query.
  pool.on('error', (err) => console.warn(`Postgres connection lost: ${err.message}`));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: 'postgres', pool, close: () => db.destroy() };
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
  return { db, kind: 'pglite', close: () => db.destroy() };
}

import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { setupServer } from 'msw/node';
import { DEMO_PASSWORD } from '@shared/demo';
import { type Clock } from '@shared/time';
import { withStatementCache } from '@server/db/connect';
import type { Database } from '@server/db/schema';
import { embeddedServer, prepareEmbeddedDatabase, type EmbeddedServer } from '@server/platform/embedded';
import { CookieJar } from './cookie-jar';
import { forwardApi, type ApiBackend } from './forward-api';

/**
 * The mock API of the component tests: the real server (src/server/platform/embedded.ts) over
 * SQLite in memory, seeded with the demo at its 2025 dates, reached through MSW. Each test
 * starts from the same seeded copy (resetMockBackend in src/client/test/setup.ts), logged out,
 * with the clock during the conference.
 */

/** Thursday 16 October 2025, 10:30 in Strasbourg: the second day of the reference event. */
export const MOCK_NOW = '2025-10-16T08:30:00.000Z';

export interface MockBackend extends ApiBackend, EmbeddedServer {
  /** Moves the server's clock (and so the app's "now", read from the Lanyard-Now header). */
  setNow(at: string | Date): void;
  /**
   * Logs an account in, as the login form would. The session cookie goes to the page's jar, or
   * to `into` for another browser (src/client/test/arrange.ts).
   */
  login(email: string, password?: string, into?: CookieJar): Promise<void>;
  close(): void;
}

const openSqlite = (sqlite: SQLite.Database) => {
  sqlite.pragma('foreign_keys = ON');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
};

let seeded: Promise<Buffer> | undefined;

/** Migrated and seeded once per test file; every reset copies it (a few milliseconds). */
function seededImage(): Promise<Buffer> {
  seeded ??= (async () => {
    const sqlite = new SQLite(':memory:');
    const db = openSqlite(sqlite);
    await prepareEmbeddedDatabase(db, () => new Date(MOCK_NOW), false);
    const image = sqlite.serialize();
    await db.destroy();
    return image;
  })();
  return seeded;
}

async function startMockBackend(): Promise<MockBackend> {
  let now = new Date(MOCK_NOW);
  const clock: Clock = () => new Date(now);
  const sqlite = new SQLite(await seededImage());
  const db = openSqlite(sqlite);
  const server = embeddedServer(db, { clock });
  const jar = new CookieJar();
  const backend: MockBackend = {
    ...server,
    jar,
    fetch: (request) => server.app.fetch(request),
    setNow(at) {
      now = new Date(at);
    },
    async login(email, password = DEMO_PASSWORD, into = jar) {
      const res = await server.app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      });
      if (!res.ok) throw new Error(`Logging in ${email} failed: ${res.status} ${await res.text()}`);
      into.store(res.headers.getSetCookie());
    },
    close: () => sqlite.close(),
  };
  return backend;
}

let current: Promise<MockBackend> | undefined;

/** The running mock backend (started on first use). */
export function mockBackend(): Promise<MockBackend> {
  current ??= startMockBackend();
  return current;
}

/** A fresh copy of the seeded demo, logged out, clock back at MOCK_NOW. */
export async function resetMockBackend(): Promise<MockBackend> {
  const previous = current;
  current = startMockBackend();
  (await previous)?.close();
  return current;
}

/** MSW in Node; start it with onUnhandledRequest: 'error'. Tests may add overrides with server.use. */
export const server = setupServer(...forwardApi(mockBackend));

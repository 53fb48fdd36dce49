import { afterAll, beforeAll, describe } from 'vitest';
import { fixedClock, type Clock } from '@shared/time';
import { createApp, type App } from '../app';
import { migrateToLatest } from '../db/migrate';
import { silentLogger, type AppDeps } from '../deps';
import type { DatabaseKind } from '../db/connect';
import { MemoryEventBus } from '../features/stream/bus';
import { seedDemo } from '../seed/demo';
import { ALL_KINDS, createTestDatabase, postgresReachable, type TestDatabase } from './databases';

/** Asked once when the harness loads, so suites can be marked skipped before they run. */
export const postgresUp = await postgresReachable();

/** During the reference event: Thursday 16 October 2025, 10:30 in Strasbourg. */
export const DURING_CONFERENCE = '2025-10-16T08:30:00Z';

export interface TestServer {
  app: App;
  deps: AppDeps;
  database: TestDatabase;
  /** app.request with JSON helpers and a cookie jar, like one browser. */
  client(): TestClient;
}

export interface TestServerOptions {
  seed?: boolean;
  demo?: boolean;
  clock?: Clock;
}

export async function startTestServer(
  kind: DatabaseKind,
  options: TestServerOptions = {},
): Promise<TestServer> {
  const database = await createTestDatabase(kind);
  const { db } = database.handle;
  await migrateToLatest(db);
  const clock = options.clock ?? fixedClock(DURING_CONFERENCE);
  if (options.seed !== false) {
    await seedDemo(db, clock);
  }
  const deps: AppDeps = {
    db,
    dbKind: kind,
    clock,
    bus: new MemoryEventBus(),
    demo: options.demo ?? true,
    version: 'test',
    logger: silentLogger,
  };
  const app = createApp(deps);
  return { app, deps, database, client: () => new TestClient(app) };
}

export class TestClient {
  private cookies = new Map<string, string>();
  constructor(private readonly app: App) {}

  async request(path: string, init: RequestInit & { json?: unknown } = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    let body = init.body;
    if (init.json !== undefined) {
      headers.set('content-type', 'application/json');
      body = JSON.stringify(init.json);
    }
    if (this.cookies.size > 0) {
      headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    }
    const res = await this.app.request(path, { ...init, headers, body });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, ...value] = pair!.split('=');
      if (/max-age=0|expires=Thu, 01 Jan 1970/i.test(cookie)) this.cookies.delete(name!.trim());
      else this.cookies.set(name!.trim(), value.join('='));
    }
    return res;
  }

  get(path: string, init: RequestInit = {}) {
    return this.request(path, init);
  }

  post(path: string, json?: unknown, init: RequestInit = {}) {
    return this.request(path, { ...init, method: 'POST', json });
  }

  async login(email: string, password = 'lanyard-demo'): Promise<Response> {
    return this.post('/api/auth/login', { email, password });
  }
}

/**
 * Runs the same suite on SQLite, PGlite and the real Postgres server (skipped, and said so,
 * when it is not reachable). `server()` is the running server of the current variant.
 */
export function describeEachDatabase(
  title: string,
  suite: (server: () => TestServer, kind: DatabaseKind) => void,
  options: TestServerOptions = {},
  kinds: DatabaseKind[] = ALL_KINDS,
): void {
  for (const kind of kinds) {
    describe.skipIf(kind === 'postgres' && !postgresUp)(`${title} [${kind}]`, () => {
      let current: TestServer | undefined;
      beforeAll(async () => {
        current = await startTestServer(kind, options);
      });
      afterAll(async () => {
        await current?.database.dispose();
      });
      suite(() => {
        if (!current) throw new Error('server not started');
        return current;
      }, kind);
    });
  }
}

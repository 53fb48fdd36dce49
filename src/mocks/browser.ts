import { setupWorker } from 'msw/browser';
import type { Database } from '@server/db/schema';
import './browser-globals';
import { openBrowserDatabase } from './browser-database';
import { CookieJar } from './cookie-jar';
import { forwardApi, type ApiBackend } from './forward-api';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Starts the real server in this page, over SQLite in WebAssembly, and the service worker that
 * hands it every /api request: `npm run dev:mock` and the static demo (`npm run build:demo`).
 * An API call the server does not know is its own 404 problem, as on a real deployment.
 */
export async function startMockWorker(): Promise<void> {
  // Loaded after browser-globals, which the server's modules need when they are evaluated.
  const [
    { Kysely, SqliteDialect },
    { embeddedServer, prepareEmbeddedDatabase },
    { sqlJsDatabase },
    { systemClock },
  ] = await Promise.all([
    import('kysely'),
    import('@server/platform/embedded'),
    import('@server/platform/sqljs'),
    import('@shared/time'),
  ]);
  const version = import.meta.env.LANYARD_APP_VERSION ?? 'dev';
  const storage = await openBrowserDatabase(version);
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: sqlJsDatabase(storage.db) }),
  });
  if (!storage.restored) await prepareEmbeddedDatabase(db, systemClock, true);
  await storage.save();
  const { app } = embeddedServer(db, { clock: systemClock, logger: console });

  const jar = new CookieJar({ store: localStorage, key: 'lanyard-demo-cookies' });
  const backend: ApiBackend = {
    jar,
    async fetch(request) {
      const response = await app.fetch(request);
      // A write is answered once it is stored, so a reload right after it still has it.
      if (!READS.has(request.method)) await storage.save();
      return response;
    },
  };
  await setupWorker(...forwardApi(() => backend)).start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
}

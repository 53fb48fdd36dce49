import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { clockFrom, demoTicketPath, prepareDatabase } from './boot';
import { loadConfig } from './config';
import { consoleLogger } from './deps';
import { purgeExpiredSessions } from './features/auth';
import { DEFAULT_READ_CACHE_BYTES, nodeFastPath, PublicReadCache } from './features/public-cache';
import { createEventBus } from './features/stream';

const config = loadConfig();
const logger = consoleLogger;
const clock = clockFrom(config);
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

const handle = await prepareDatabase(config, clock, logger);
const bus = await createEventBus(handle, logger);
const readCache = new PublicReadCache(DEFAULT_READ_CACHE_BYTES);
const app = createApp({
  db: handle.db,
  dbKind: handle.kind,
  clock,
  bus,
  demo: config.LANYARD_DEMO,
  ...(config.LANYARD_DESK_SILENT_SECONDS
    ? { deskSilentAfterMs: config.LANYARD_DESK_SILENT_SECONDS * 1000 }
    : {}),
  version,
  logger,
  staticRoot: config.staticRoot,
  readCache,
});

const ticketPath = config.LANYARD_DEMO && config.staticRoot ? await demoTicketPath(handle) : undefined;

// Held public answers leave straight from node:http (decision 16); the rest goes to the app.
const fastPath = nodeFastPath({ clock }, readCache);
const server = serve(
  { fetch: app.fetch, port: config.PORT, hostname: config.HOST, createServer: fastPath(createServer) },
  (info) => {
    const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST;
    logger.info(
      `Lanyard ${version} on ${handle.kind}${config.LANYARD_DEMO ? ' (demo mode)' : ''}: http://${host}:${info.port}` +
        (config.staticRoot ? '' : '  (API only: run `npm run build` for the app)'),
    );
    if (ticketPath) logger.info(`  A demo attendee's ticket: http://${host}:${info.port}${ticketPath}`);
  },
);

// Expired sessions are already ignored; this only keeps the table small.
const purge = setInterval(() => {
  purgeExpiredSessions(handle.db, clock).catch((err: unknown) =>
    logger.warn('Could not purge expired sessions', { err }),
  );
}, 3_600_000);
purge.unref();

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info(`${signal}: shutting down`);
  clearInterval(purge);
  server.close();
  await bus.close();
  await handle.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

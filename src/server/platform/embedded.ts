import type { Kysely } from 'kysely';
import type { Clock } from '@shared/time';
import { createApp, type App } from '../app';
import type { Database } from '../db/schema';
import { migrateToLatest } from '../db/migrate';
import { silentLogger, type AppDeps, type Logger } from '../deps';
import { MemoryEventBus } from '../features/stream';
import { liveDemoStart, seedDemo } from '../seed/demo';

/**
 * The real server inside one JavaScript context, over a SQLite database it is handed: the mock
 * backend of the component tests (better-sqlite3 in memory) and of `npm run dev:mock` and the
 * static demo (sql.js in the browser). Only the platform differs (see ./README.md); every rule,
 * refusal and answer is the server's own.
 */
export interface EmbeddedServer {
  app: App;
  deps: AppDeps;
}

export interface EmbeddedOptions {
  clock: Clock;
  logger?: Logger;
  /** Shortens how long a desk takes to count as silent (tests). */
  deskSilentAfterMs?: number;
}

/**
 * Migrates `db` and, when it holds no conference yet, seeds the demo; `live` moves the flagship
 * edition so its talks run today (as `npm start` does), otherwise it keeps its 2025 dates.
 */
export async function prepareEmbeddedDatabase(
  db: Kysely<Database>,
  clock: Clock,
  live: boolean,
): Promise<void> {
  await migrateToLatest(db);
  const any = await db.selectFrom('conferences').select('id').limit(1).executeTakeFirst();
  if (!any) await seedDemo(db, clock, live ? { shiftTo: liveDemoStart(clock) } : {});
}

export function embeddedServer(db: Kysely<Database>, options: EmbeddedOptions): EmbeddedServer {
  const deps: AppDeps = {
    db,
    dbKind: 'sqlite',
    clock: options.clock,
    bus: new MemoryEventBus(),
    demo: true,
    version: 'embedded',
    logger: options.logger ?? silentLogger,
    // Page and server share one memory: there is no wire for a read cache to save.
    readCache: false,
    ...(options.deskSilentAfterMs ? { deskSilentAfterMs: options.deskSilentAfterMs } : {}),
  };
  return { app: createApp(deps), deps };
}

import type { Kysely } from 'kysely';
import type { User } from '@shared/contract';
import type { Clock } from '@shared/time';
import type { Database } from './db/schema';
import type { DatabaseKind } from './db/connect';
import type { PublicReadCache } from './features/public-cache/cache';
import type { EventBus } from './features/stream/bus';

export interface Logger {
  info(message: string, extra?: Record<string, unknown>): void;
  warn(message: string, extra?: Record<string, unknown>): void;
  error(message: string, extra?: Record<string, unknown>): void;
}

/** Everything a request handler may touch, injected so tests can swap any of it. */
export interface AppDeps {
  db: Kysely<Database>;
  dbKind: DatabaseKind;
  clock: Clock;
  bus: EventBus;
  /** Demo mode: demo accounts may log in. */
  demo: boolean;
  version: string;
  logger: Logger;
  /** Built SPA to serve (dist/client); API only when absent. */
  staticRoot?: string;
  /**
   * How long without a heartbeat before a desk counts as silent (LANYARD_DESK_SILENT_SECONDS;
   * 45 s, three missed beats, by default). The end-to-end tests shorten it instead of waiting.
   */
  deskSilentAfterMs?: number;
  /** Mark cookies Secure (true) or not (false); by default only for https (LANYARD_SECURE_COOKIES). */
  secureCookies?: boolean;
  /**
   * Fetching schedules by URL: private and loopback addresses are refused unless allowed
   * (tests, or a pretalx on the intranet); deadline and size cap can be tightened.
   */
  scheduleFetch?: { allowPrivateAddresses?: boolean; timeoutMs?: number; maxBytes?: number };
  /**
   * The public read cache (docs/decisions/0016): given here to inspect it (tests, bench), false
   * to answer every read from the database; by default each app makes its own.
   */
  readCache?: PublicReadCache | false;
}

export interface AppEnv {
  Variables: {
    user: User | null;
  };
}

const withExtra = (log: (...args: unknown[]) => void) => (m: string, e?: Record<string, unknown>) =>
  e ? log(m, e) : log(m);

export const consoleLogger: Logger = {
  info: withExtra(console.log),
  warn: withExtra(console.warn),
  error: withExtra(console.error),
};

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

/**
 * Errors that say the database could not be reached or the connection was cut, as opposed to
 * a statement the database refused. A request that meets one answers 503 with Retry-After:
 * the pool opens a fresh connection for the next request, so trying again shortly works.
 */

/**
 * SQLSTATEs of a lost or refused connection: class 08 (connection exception), 57P01-57P03
 * (terminated by an administrator, a crash, or the server still starting), 53300 (too many
 * connections).
 */
const CONNECTION_SQLSTATE = /^(?:08...|57P0[123]|53300)$/;

/** Socket errors on the way to the database. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  // SQLite: another process held the write lock beyond busy_timeout; trying again works.
  'SQLITE_BUSY',
]);

/** What node-postgres says when a connection dies or cannot be had; it sets no code. */
const PG_CONNECTION_MESSAGES = [
  'Connection terminated',
  'connection error and is not queryable',
  'Client was closed and is not queryable',
  'timeout exceeded when trying to connect',
  'Connection terminated due to connection timeout',
];

/** The retry delay suggested with a 503 database_unavailable, in seconds. */
export const DATABASE_RETRY_AFTER_SECONDS = 2;

export function isDatabaseUnavailable(err: unknown): boolean {
  // Wrapped errors (a failed migration, an AggregateError from a connect attempt) are unwrapped.
  for (let e = err, depth = 0; e instanceof Error && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (CONNECTION_SQLSTATE.test(code) || NETWORK_CODES.has(code))) return true;
    if (PG_CONNECTION_MESSAGES.some((m) => e instanceof Error && e.message.includes(m))) return true;
    if (e instanceof AggregateError && e.errors.some((inner) => isDatabaseUnavailable(inner))) return true;
    e = e.cause;
  }
  return false;
}

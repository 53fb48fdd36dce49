import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * The address rate limits are keyed by. X-Forwarded-For is trusted only when the operator
 * says a proxy sets it (LANYARD_TRUST_PROXY=1): otherwise any client could pick a fresh
 * address per request and never be limited.
 */
export function clientIp(c: Context): string {
  if (process.env.LANYARD_TRUST_PROXY === '1') {
    const first = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (first) return first;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // No socket behind the request (app.request() in tests, other runtimes).
    return 'unknown';
  }
}

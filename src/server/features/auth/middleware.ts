import type { MiddlewareHandler } from 'hono';
import type { AppDeps, AppEnv } from '../../deps';
import { readSessionCookie, setSessionCookie } from './cookie';
import { resolveSession } from './service';

// The role checks moved to http/guards.ts, where every endpoint's `auth` field finds them.
export { requireRole, requireUser } from '../../http/guards';

/** Sets `user` for every API request: the logged-in user, or null. Never rejects a request. */
export function sessionUser(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = readSessionCookie(c);
    const session = token ? await resolveSession(deps.db, deps.clock, deps.demo, token) : null;
    c.set('user', session?.user ?? null);
    // Sliding expiry: an active user's cookie lives as long as the session it names.
    if (token && session?.extended) setSessionCookie(c, deps, token);
    await next();
  };
}

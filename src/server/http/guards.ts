import type { MiddlewareHandler } from 'hono';
import type { UserRole } from '@shared/contract';
import type { AppEnv } from '../deps';
import { HttpProblem } from './problem';

/** 401 unless someone is logged in. */
export function requireUser(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!c.get('user')) throw new HttpProblem('unauthenticated');
    await next();
  };
}

/**
 * 401 when logged out, 403 unless the user holds one of `roles`. Organizers run the event,
 * so they pass every staff check without holding each role.
 */
export function requireRole(...roles: UserRole[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const user = c.get('user');
    if (!user) throw new HttpProblem('unauthenticated');
    if (!user.roles.some((r) => r === 'organizer' || roles.includes(r))) {
      throw new HttpProblem('forbidden', `This needs the ${roles.join(' or ')} role.`);
    }
    await next();
  };
}

import { Hono, type Context } from 'hono';
import { apiRoutes, loginRequestSchema, registerRequestSchema, type MeResponse } from '@shared/contract';
import type { AppDeps, AppEnv } from '../../deps';
import { readJson } from '../../http/body';
import { HttpProblem } from '../../http/problem';
import { clientAddress as clientIp } from '../../http/proxy';
import { clearSessionCookie, readSessionCookie, setSessionCookie } from './cookie';
import { fromKnownDevice, rememberDevice } from './known-device';
import { createAuthLimiters, type RateLimitVerdict } from './rate-limit';
import { authenticate, createAccount, endSession, startSession } from './service';

function rateLimited(...verdicts: RateLimitVerdict[]): HttpProblem {
  const seconds = Math.max(...verdicts.map((v) => v.retryAfterSeconds));
  return new HttpProblem('rate_limited', undefined, undefined, { 'Retry-After': String(seconds) });
}

/** Answers carrying who is logged in must not be stored by any cache. */
function meResponse(c: Context<AppEnv>, body: MeResponse, status: 200 | 201 = 200) {
  c.header('Cache-Control', 'no-store');
  return c.json(body, status);
}

export function authRoutes(deps: AppDeps) {
  const limits = createAuthLimiters(deps.clock);

  /** Logs `userId` in, ending the session this browser had: a shared desk laptop changes hands. */
  async function switchSession(c: Context<AppEnv>, userId: string) {
    const previous = readSessionCookie(c);
    if (previous) await endSession(deps.db, previous);
    setSessionCookie(c, deps, await startSession(deps.db, deps.clock, userId));
  }

  return new Hono<AppEnv>()
    .post(apiRoutes.login, async (c) => {
      const { email, password } = await readJson(c, loginRequestSchema);
      const account = email.toLowerCase();
      const attempt = {
        account,
        address: clientIp(c),
        knownDevice: await fromKnownDevice(c, deps.db, deps.clock, account),
      };
      const verdict = await limits.login.admit(attempt);
      if (verdict.limited) throw rateLimited(verdict);

      const user = await authenticate(deps.db, deps.demo, email, password);
      if (!user) {
        limits.login.failed(attempt);
        throw new HttpProblem('invalid_credentials');
      }
      limits.login.succeeded(attempt);
      // The session cookie first: scripts that take the first Set-Cookie keep working.
      await switchSession(c, user.id);
      await rememberDevice(c, deps, account);
      return meResponse(c, { user });
    })
    .post(apiRoutes.logout, async (c) => {
      const token = readSessionCookie(c);
      if (token) await endSession(deps.db, token);
      clearSessionCookie(c, deps);
      return c.body(null, 204);
    })
    .get(apiRoutes.me, (c) => {
      const user = c.get('user');
      if (!user) throw new HttpProblem('unauthenticated');
      return meResponse(c, { user });
    })
    .post(apiRoutes.register, async (c) => {
      const ip = clientIp(c);
      const status = limits.registerByIp.status(ip);
      if (status.limited) throw rateLimited(status);
      limits.registerByIp.hit(ip);

      const input = await readJson(c, registerRequestSchema);
      const user = await createAccount(deps.db, deps.clock, { ...input, roles: ['volunteer'] });
      await switchSession(c, user.id);
      return meResponse(c, { user }, 201);
    });
}

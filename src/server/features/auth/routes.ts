import type { Context } from 'hono';
import {
  apiRoutes,
  loginRequestSchema,
  meResponseSchema,
  registerRequestSchema,
  sessionResponseSchema,
  type SessionResponse,
} from '@shared/contract';
import type { AppDeps, AppEnv } from '../../deps';
import { endpoint, endpointGroup } from '../../http/endpoint';
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
function meResponse(c: Context<AppEnv>, body: SessionResponse, status: 200 | 201 = 200) {
  c.header('Cache-Control', 'no-store');
  return c.json(body, status);
}

/** Logs `userId` in, ending the session this browser had: a shared desk laptop changes hands. */
async function switchSession(deps: AppDeps, c: Context<AppEnv>, userId: string) {
  const previous = readSessionCookie(c);
  if (previous) await endSession(deps.db, previous);
  setSessionCookie(c, deps, await startSession(deps.db, deps.clock, userId));
}

export const authEndpoints = endpointGroup('auth', { tag: 'auth' }, [
  endpoint({
    method: 'post',
    path: apiRoutes.login,
    summary:
      'Log in; sets the session cookie and a known-device cookie that login limits never refuse (decision 13)',
    body: loginRequestSchema,
    responses: { 200: meResponseSchema },
    problems: ['invalid_credentials', 'rate_limited'],
    handler: (deps) => {
      const limits = createAuthLimiters(deps.clock).login;
      return async (c, { body }) => {
        const { email, password } = await body();
        const account = email.toLowerCase();
        const attempt = {
          account,
          address: clientIp(c),
          knownDevice: await fromKnownDevice(c, deps.db, deps.clock, account),
        };
        const verdict = await limits.admit(attempt);
        if (verdict.limited) throw rateLimited(verdict);

        const user = await authenticate(deps.db, deps.demo, email, password);
        if (!user) {
          limits.failed(attempt);
          throw new HttpProblem('invalid_credentials');
        }
        limits.succeeded(attempt);
        // The session cookie first: scripts that take the first Set-Cookie keep working.
        await switchSession(deps, c, user.id);
        await rememberDevice(c, deps, account);
        return meResponse(c, { user });
      };
    },
  }),
  endpoint({
    method: 'post',
    path: apiRoutes.logout,
    summary: 'Log out',
    responses: { 204: null },
    handler: (deps) => async (c) => {
      const token = readSessionCookie(c);
      if (token) await endSession(deps.db, token);
      clearSessionCookie(c, deps);
      return c.body(null, 204);
    },
  }),
  endpoint({
    method: 'get',
    path: apiRoutes.me,
    summary: 'The logged-in user',
    responses: { 200: meResponseSchema },
    problems: ['unauthenticated'],
    auth: 'user',
    handler:
      () =>
      (c, { user }) =>
        meResponse(c, { user: user() }),
  }),
  endpoint({
    method: 'get',
    path: apiRoutes.authSession,
    summary: 'Who this browser is logged in as: `user` is null for an anonymous visitor',
    // The app asks this on every page to decide which sections to show. Most visitors are
    // attendees who never log in, and for them "nobody" is the normal answer, not a refusal:
    // a 401 here put an error in every attendee's console and looked like a failure to anyone
    // debugging. A readable hint cookie could skip the request instead, but it drifts from the
    // real session (expired, logged out in another tab, cleared by the browser) and a stale
    // hint would bring the 401 back. `GET /api/auth/me` keeps answering 401 for scripts
    // that want "must be logged in", as every protected route does.
    responses: { 200: sessionResponseSchema },
    handler: () => (c) => meResponse(c, { user: c.get('user') }),
  }),
  endpoint({
    method: 'post',
    path: apiRoutes.register,
    summary: 'Register as a volunteer',
    body: registerRequestSchema,
    responses: { 201: meResponseSchema },
    problems: ['email_taken', 'rate_limited'],
    handler: (deps) => {
      const registerByIp = createAuthLimiters(deps.clock).registerByIp;
      return async (c, { body }) => {
        const ip = clientIp(c);
        const status = registerByIp.status(ip);
        if (status.limited) throw rateLimited(status);
        registerByIp.hit(ip);

        const input = await body();
        const user = await createAccount(deps.db, deps.clock, { ...input, roles: ['volunteer'] });
        await switchSession(deps, c, user.id);
        return meResponse(c, { user }, 201);
      };
    },
  }),
]);

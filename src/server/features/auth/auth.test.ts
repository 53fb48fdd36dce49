import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  apiPaths,
  meResponseSchema,
  problemSchema,
  PROBLEM_CONTENT_TYPE,
  sessionResponseSchema,
} from '@shared/contract';
import { DEMO_PASSWORD } from '@shared/demo';
import type { AppEnv } from '../../deps';
import { problemResponse, toProblem } from '../../http/problem';
import { describeEachDatabase, startTestServer, type TestServer } from '../../test/harness';
import { requireRole, requireUser, sessionUser } from './index';
import { startSession } from './service';

const ORGANIZER = 'organizer@demo.test';
const DESK = 'desk@demo.test';
const VOLUNTEER = 'volunteer@demo.test';

function sessionCookie(res: Response): string | undefined {
  return res.headers.getSetCookie().find((c) => c.startsWith('lanyard_session='));
}

const tokenOf = (cookie: string) => cookie.split(';')[0]!.slice('lanyard_session='.length);

async function expectProblem(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toBe(PROBLEM_CONTENT_TYPE);
  const problem = problemSchema.parse(await res.json());
  expect(problem).toMatchObject({ status, code });
  return problem;
}

describeEachDatabase('auth', (server) => {
  it('logs in with an httpOnly, SameSite=Lax session cookie, and me says who is logged in', async () => {
    const client = server().client();
    const res = await client.login(ORGANIZER);
    expect(res.status).toBe(200);
    const { user } = meResponseSchema.parse(await res.json());
    expect(user).toMatchObject({ email: ORGANIZER, roles: ['organizer'] });

    const cookie = sessionCookie(res)!;
    expect(cookie).toMatch(/^lanyard_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).toMatch(/; Max-Age=2592000/);
    // Plain http to localhost: a Secure cookie would never come back.
    expect(cookie).not.toMatch(/; Secure/);

    const me = await client.get(apiPaths.me());
    expect(me.status).toBe(200);
    expect(me.headers.get('cache-control')).toBe('no-store');
    expect(meResponseSchema.parse(await me.json()).user).toEqual(user);
  });

  it('stores a password hash and a token digest, never the secrets themselves', async () => {
    const client = server().client();
    const token = tokenOf(sessionCookie(await client.login(DESK))!);
    const { db } = server().deps;
    const user = await db.selectFrom('users').selectAll().where('email', '=', DESK).executeTakeFirstOrThrow();
    expect(user.password_hash).toMatch(/^scrypt\$/);
    expect(user.password_hash).not.toContain(DEMO_PASSWORD);
    const digest = createHash('sha256').update(token).digest('hex');
    const session = await db
      .selectFrom('auth_sessions')
      .selectAll()
      .where('id', '=', digest)
      .executeTakeFirst();
    expect(session).toMatchObject({ user_id: user.id, expires_at: '2025-11-15T08:30:00Z' });
    expect(await db.selectFrom('auth_sessions').select('id').where('id', '=', token).executeTakeFirst()).toBe(
      undefined,
    );
  });

  it.each([
    ['a wrong password', VOLUNTEER, 'not-the-password'],
    ['an unknown email', 'nobody@demo.test', DEMO_PASSWORD],
  ])('answers %s with the same 401 invalid_credentials problem', async (_why, email, password) => {
    const res = await server().client().post(apiPaths.login(), { email, password });
    const problem = await expectProblem(res, 401, 'invalid_credentials');
    expect(problem).toEqual({
      type: 'https://lanyard.dev/problems/invalid-credentials',
      title: 'Wrong email or password',
      status: 401,
      code: 'invalid_credentials',
    });
    expect(sessionCookie(res)).toBeUndefined();
  });

  it('logs out: 204, the cookie is cleared and the session is gone from the database', async () => {
    const client = server().client();
    const token = tokenOf(sessionCookie(await client.login(VOLUNTEER))!);
    const res = await client.post(apiPaths.logout());
    expect(res.status).toBe(204);
    expect(sessionCookie(res)).toMatch(/Max-Age=0/);
    await expectProblem(await client.get(apiPaths.me()), 401, 'unauthenticated');
    // Replaying the old cookie does not bring the session back.
    const replay = await server().app.request(apiPaths.me(), {
      headers: { cookie: `lanyard_session=${token}` },
    });
    await expectProblem(replay, 401, 'unauthenticated');
  });

  it('ends the previous session when someone else logs in on the same browser', async () => {
    const client = server().client();
    const first = tokenOf(sessionCookie(await client.login(DESK))!);
    expect((await client.login(ORGANIZER)).status).toBe(200);
    const replay = await server().app.request(apiPaths.me(), {
      headers: { cookie: `lanyard_session=${first}` },
    });
    await expectProblem(replay, 401, 'unauthenticated');
    expect(meResponseSchema.parse(await (await client.get(apiPaths.me())).json()).user.email).toBe(ORGANIZER);
  });

  it('answers me with 401 for anonymous visitors and unknown tokens', async () => {
    await expectProblem(await server().client().get(apiPaths.me()), 401, 'unauthenticated');
    const forged = await server().app.request(apiPaths.me(), {
      headers: { cookie: 'lanyard_session=forged' },
    });
    await expectProblem(forged, 401, 'unauthenticated');
  });

  it('answers the session question with 200 for everyone: null when anonymous, forged or logged out', async () => {
    const anonymous = await server().client().get(apiPaths.authSession());
    expect(anonymous.status).toBe(200);
    expect(anonymous.headers.get('cache-control')).toBe('no-store');
    expect(sessionResponseSchema.parse(await anonymous.json())).toEqual({ user: null });

    const forged = await server().app.request(apiPaths.authSession(), {
      headers: { cookie: 'lanyard_session=forged' },
    });
    expect(forged.status).toBe(200);
    expect(sessionResponseSchema.parse(await forged.json())).toEqual({ user: null });

    const client = server().client();
    const { user } = meResponseSchema.parse(await (await client.login(DESK)).json());
    const loggedIn = await client.get(apiPaths.authSession());
    expect(loggedIn.status).toBe(200);
    expect(loggedIn.headers.get('cache-control')).toBe('no-store');
    expect(sessionResponseSchema.parse(await loggedIn.json())).toEqual({ user });

    await client.post(apiPaths.logout());
    expect(sessionResponseSchema.parse(await (await client.get(apiPaths.authSession())).json())).toEqual({
      user: null,
    });
  });

  it('registers a volunteer who is logged in at once; the same email again is 409 email_taken', async () => {
    const client = server().client();
    const res = await client.post(apiPaths.register(), {
      email: 'New.Volunteer@Example.org',
      name: 'New Volunteer',
      password: 'a-long-enough-password',
    });
    expect(res.status).toBe(201);
    const { user } = meResponseSchema.parse(await res.json());
    expect(user).toMatchObject({
      email: 'new.volunteer@example.org',
      name: 'New Volunteer',
      roles: ['volunteer'],
    });
    expect(sessionCookie(res)).toBeDefined();
    expect(meResponseSchema.parse(await (await client.get(apiPaths.me())).json()).user).toEqual(user);

    const again = await server().client().post(apiPaths.register(), {
      email: 'new.volunteer@example.org',
      name: 'Someone Else',
      password: 'another-long-password',
    });
    await expectProblem(again, 409, 'email_taken');
    expect(
      (await server().client().login('new.volunteer@example.org', 'a-long-enough-password')).status,
    ).toBe(200);
  });

  it('rejects a bad registration with 400 validation_failed naming each field', async () => {
    const res = await server()
      .client()
      .post(apiPaths.register(), { email: 'not-an-email', name: '', password: 'short' });
    const problem = await expectProblem(res, 400, 'validation_failed');
    expect(Object.keys(problem.errors ?? {}).sort()).toEqual(['email', 'name', 'password']);
    expect(problem.errors?.password).toEqual(['Use at least 10 characters']);
  });

  it('rejects a cross-site login with 403 cross_origin_rejected', async () => {
    const res = await server()
      .client()
      .post(
        apiPaths.login(),
        { email: ORGANIZER, password: DEMO_PASSWORD },
        { headers: { origin: 'https://evil.example' } },
      );
    await expectProblem(res, 403, 'cross_origin_rejected');
  });

  it('rejects a body that is not JSON with 415', async () => {
    const res = await server()
      .client()
      .request(apiPaths.login(), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: `email=${ORGANIZER}&password=${DEMO_PASSWORD}`,
      });
    await expectProblem(res, 415, 'unsupported_media_type');
  });

  describe('role checks', () => {
    // A throwaway app using the exported middleware exactly as features do.
    const guarded = () => {
      const app = new Hono<AppEnv>()
        .use('*', sessionUser(server().deps))
        .get('/user', requireUser(), (c) => c.text('ok'))
        .get('/organizer', requireRole('organizer'), (c) => c.text('ok'))
        .get('/checkin', requireRole('checkin'), (c) => c.text('ok'));
      app.onError((err, c) => problemResponse(c, toProblem(err).problem));
      return app;
    };
    const as = async (email?: string): Promise<Record<string, string>> => {
      if (!email) return {};
      return { cookie: sessionCookie(await server().client().login(email))!.split(';')[0]! };
    };

    it.each([
      ['anonymous', undefined, '/user', 401, 'unauthenticated'],
      ['anonymous', undefined, '/organizer', 401, 'unauthenticated'],
      ['a volunteer', VOLUNTEER, '/user', 200, null],
      ['a volunteer', VOLUNTEER, '/organizer', 403, 'forbidden'],
      ['a volunteer', VOLUNTEER, '/checkin', 403, 'forbidden'],
      ['desk staff', DESK, '/checkin', 200, null],
      ['desk staff', DESK, '/organizer', 403, 'forbidden'],
      ['an organizer', ORGANIZER, '/organizer', 200, null],
      ['an organizer', ORGANIZER, '/checkin', 200, null],
    ])('%s on %s gets %i', async (_who, email, path, status, code) => {
      const res = await guarded().request(path, { headers: await as(email) });
      if (code) await expectProblem(res, status, code);
      else expect(res.status).toBe(status);
    });
  });
});

describeEachDatabase(
  'auth outside demo mode',
  (server) => {
    it('refuses the demo accounts like a wrong password', async () => {
      const res = await server().client().login(ORGANIZER);
      await expectProblem(res, 401, 'invalid_credentials');
      expect(sessionCookie(res)).toBeUndefined();
    });

    it('ignores a session a demo account got while demo mode was on', async () => {
      const { db, clock } = server().deps;
      const demoUser = await db
        .selectFrom('users')
        .select('id')
        .where('email', '=', DESK)
        .executeTakeFirstOrThrow();
      const token = await startSession(db, clock, demoUser.id);
      const me = await server().app.request(apiPaths.me(), {
        headers: { cookie: `lanyard_session=${token}` },
      });
      await expectProblem(me, 401, 'unauthenticated');
    });

    it('still lets real accounts in', async () => {
      const client = server().client();
      const reg = await client.post(apiPaths.register(), {
        email: 'real@example.org',
        name: 'Real Person',
        password: 'a-long-enough-password',
      });
      expect(reg.status).toBe(201);
      expect((await server().client().login('real@example.org', 'a-long-enough-password')).status).toBe(200);
    });
  },
  { demo: false },
);

let now = Date.parse('2025-10-16T08:30:00Z');
const MINUTE = 60_000;

describeEachDatabase(
  'auth session lifetime',
  (server) => {
    it('extends an active session at most every few minutes and ends an idle one after 30 days', async () => {
      now = Date.parse('2025-10-16T08:30:00Z');
      const client = server().client();
      await client.login(VOLUNTEER);
      now += 2 * MINUTE;
      const soon = await client.get(apiPaths.me());
      expect(soon.status).toBe(200);
      expect(sessionCookie(soon)).toBeUndefined();

      now += 4 * MINUTE;
      const later = await client.get(apiPaths.me());
      expect(later.status).toBe(200);
      expect(sessionCookie(later)).toMatch(/Max-Age=2592000/);

      now += 30 * 24 * 60 * MINUTE - MINUTE;
      expect((await client.get(apiPaths.me())).status).toBe(200);
      now += 30 * 24 * 60 * MINUTE;
      await expectProblem(await client.get(apiPaths.me()), 401, 'unauthenticated');
    });
  },
  { clock: () => new Date(now) },
);

describe('registration limits per address', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite');
    vi.stubEnv('LANYARD_TRUST_PROXY', '1');
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await server.database.dispose();
  });

  it('limits registrations per address to ten an hour', async () => {
    const register = (i: number) =>
      server
        .client()
        .post(
          apiPaths.register(),
          { email: `bulk-${i}@example.org`, name: `Bulk ${i}`, password: 'a-long-enough-password' },
          { headers: { 'x-forwarded-for': '192.0.2.9' } },
        );
    for (let i = 1; i <= 10; i++) expect((await register(i)).status).toBe(201);
    const eleventh = await register(11);
    await expectProblem(eleventh, 429, 'rate_limited');
    expect(Number(eleventh.headers.get('retry-after'))).toBe(3600);
  });
});

import {
  apiPaths,
  conferenceListSchema,
  healthSchema,
  meResponseSchema,
  problemSchema,
  sessionListSchema,
  speakerListSchema,
  sponsorListSchema,
  userListSchema,
  userSchema,
} from '@shared/contract';
import { describe, expect, it } from 'vitest';

const slug = 'matrix-conf-2025';
const json = (body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

async function problem(response: Response) {
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  return problemSchema.parse(await response.json());
}

describe('mock API', () => {
  it('answers the read endpoints in contract shape', async () => {
    healthSchema.parse(await (await fetch(apiPaths.health())).json());
    const { conferences } = conferenceListSchema.parse(await (await fetch(apiPaths.conferences())).json());
    expect(conferences.map((c) => c.slug)).toContain(slug);
    sessionListSchema.parse(await (await fetch(apiPaths.sessions(slug))).json());
    speakerListSchema.parse(await (await fetch(apiPaths.speakers(slug))).json());
    sponsorListSchema.parse(await (await fetch(apiPaths.sponsors(slug))).json());
  });

  it('validates query filters with the contract', async () => {
    const response = await fetch(`${apiPaths.sessions(slug)}?day=16-10-2025&type=party`);
    expect(response.status).toBe(400);
    const body = await problem(response);
    expect(body.code).toBe('validation_failed');
    expect(Object.keys(body.errors ?? {})).toEqual(expect.arrayContaining(['day', 'type']));
  });

  it('answers unknown resources with their own 404 codes', async () => {
    expect((await problem(await fetch(apiPaths.conference('nope')))).code).toBe('conference_not_found');
    expect((await problem(await fetch(apiPaths.session(slug, 'NOPE')))).code).toBe('session_not_found');
    expect((await problem(await fetch(apiPaths.speaker(slug, 'nope')))).code).toBe('speaker_not_found');
  });

  it('logs in with a demo account, remembers the session and logs out', async () => {
    expect((await fetch(apiPaths.me())).status).toBe(401);
    const login = await fetch(apiPaths.login(), json({ email: 'Desk@Demo.test', password: 'lanyard-demo' }));
    expect(login.status).toBe(200);
    expect(meResponseSchema.parse(await login.json()).user.roles).toEqual(['checkin']);
    expect(meResponseSchema.parse(await (await fetch(apiPaths.me())).json()).user.email).toBe(
      'desk@demo.test',
    );
    expect((await fetch(apiPaths.logout(), { method: 'POST' })).status).toBe(204);
    expect((await problem(await fetch(apiPaths.me()))).code).toBe('unauthenticated');
  });

  it('rejects bad bodies and wrong passwords with the server codes, then rate-limits', async () => {
    expect((await problem(await fetch(apiPaths.login(), json({ email: 'x' })))).code).toBe(
      'validation_failed',
    );
    const wrong = json({ email: 'organizer@demo.test', password: 'nope' });
    expect((await problem(await fetch(apiPaths.login(), { ...wrong, headers: {} }))).code).toBe(
      'unsupported_media_type',
    );
    for (let i = 0; i < 10; i++) {
      expect((await problem(await fetch(apiPaths.login(), wrong))).code).toBe('invalid_credentials');
    }
    expect((await problem(await fetch(apiPaths.login(), wrong))).code).toBe('rate_limited');
    // This browser's budget for the account is spent: even the right password waits for the window.
    const right = json({ email: 'organizer@demo.test', password: 'lanyard-demo' });
    expect((await problem(await fetch(apiPaths.login(), right))).code).toBe('rate_limited');
  });

  it('registers a volunteer once', async () => {
    const body = json({ email: 'new@example.org', name: 'New Person', password: 'long-enough-1' });
    const created = await fetch(apiPaths.register(), body);
    expect(created.status).toBe(201);
    expect(meResponseSchema.parse(await created.json()).user.roles).toEqual(['volunteer']);
    expect((await problem(await fetch(apiPaths.register(), body))).code).toBe('email_taken');
    const short = json({ email: 'b@example.org', name: 'B', password: 'short' });
    expect((await problem(await fetch(apiPaths.register(), short))).errors).toHaveProperty('password');
  });

  it('lists accounts and sets roles for organizers only, keeping one organizer', async () => {
    expect((await problem(await fetch(apiPaths.users()))).code).toBe('unauthenticated');
    await fetch(apiPaths.login(), json({ email: 'volunteer@demo.test', password: 'lanyard-demo' }));
    expect((await problem(await fetch(apiPaths.users()))).code).toBe('forbidden');
    await fetch(apiPaths.login(), json({ email: 'organizer@demo.test', password: 'lanyard-demo' }));

    const list = async (query = '') =>
      userListSchema.parse(await (await fetch(apiPaths.users() + query)).json()).users;
    expect((await list()).map((u) => u.email)).toEqual([
      'desk@demo.test',
      'organizer@demo.test',
      'volunteer@demo.test',
    ]);
    expect((await list('?q=VERA')).map((u) => u.email)).toEqual(['volunteer@demo.test']);
    expect((await list('?role=checkin')).map((u) => u.email)).toEqual(['desk@demo.test']);
    expect((await problem(await fetch(`${apiPaths.users()}?role=admin&q=`))).errors).toHaveProperty('role');

    const [volunteer] = await list('?q=volunteer@');
    const put = (id: string, body: unknown) =>
      fetch(apiPaths.userRoles(id), { ...json(body), method: 'PUT' });
    const updated = await put(volunteer!.id, { roles: ['checkin', 'volunteer'] });
    expect(userSchema.parse(await updated.json()).roles).toEqual(['volunteer', 'checkin']);
    expect((await problem(await put(volunteer!.id, { roles: ['volunteer', 'volunteer'] }))).code).toBe(
      'validation_failed',
    );
    expect((await problem(await put('nobody', { roles: [] }))).code).toBe('user_not_found');

    const [me] = await list('?role=organizer');
    expect((await problem(await put(me!.id, { roles: ['volunteer'] }))).code).toBe('last_organizer');
    expect((await list('?role=organizer')).map((u) => u.email)).toEqual(['organizer@demo.test']);
  });
});

import { expect, it } from 'vitest';
import { problemSchema, userListSchema, userSchema, type User } from '@shared/contract';
import { describeEachDatabase } from '../../test/harness';
import { createAccount } from '../auth';

describeEachDatabase('accounts and roles', (server) => {
  async function organizer() {
    const client = server().client();
    expect((await client.login('organizer@demo.test')).status).toBe(200);
    return client;
  }

  async function userByEmail(email: string): Promise<User> {
    const res = await (await organizer()).get(`/api/users?q=${encodeURIComponent(email)}`);
    return userListSchema.parse(await res.json()).users[0]!;
  }

  it('refuses anonymous callers with 401 and volunteers with 403', async () => {
    expect((await server().client().get('/api/users')).status).toBe(401);
    const volunteer = server().client();
    await volunteer.login('volunteer@demo.test');
    const res = await volunteer.get('/api/users');
    expect(res.status).toBe(403);
    expect(problemSchema.parse(await res.json()).code).toBe('forbidden');
    const desk = await userByEmail('desk@demo.test');
    const put = await volunteer.request(`/api/users/${desk.id}/roles`, {
      method: 'PUT',
      json: { roles: [] },
    });
    expect(put.status).toBe(403);
  });

  it('lists accounts with their roles, filtered by role', async () => {
    const client = await organizer();
    const all = userListSchema.parse(await (await client.get('/api/users')).json()).users;
    expect(all.map((u) => u.email)).toEqual(
      expect.arrayContaining(['organizer@demo.test', 'desk@demo.test', 'volunteer@demo.test']),
    );
    const desks = userListSchema.parse(await (await client.get('/api/users?role=checkin')).json()).users;
    expect(desks.map((u) => u.email)).toEqual(['desk@demo.test']);
  });

  it('lets an organizer make a volunteer check-in staff', async () => {
    const client = await organizer();
    const volunteer = await userByEmail('volunteer@demo.test');
    const res = await client.request(`/api/users/${volunteer.id}/roles`, {
      method: 'PUT',
      json: { roles: ['checkin', 'volunteer'] },
    });
    expect(res.status).toBe(200);
    expect(userSchema.parse(await res.json()).roles).toEqual(['volunteer', 'checkin']);
    const again = server().client();
    await again.login('volunteer@demo.test');
    expect(userSchema.parse((await (await again.get('/api/auth/me')).json()).user).roles).toContain(
      'checkin',
    );
  });

  it('keeps at least one organizer', async () => {
    const client = await organizer();
    const me = await userByEmail('organizer@demo.test');
    const res = await client.request(`/api/users/${me.id}/roles`, {
      method: 'PUT',
      json: { roles: ['volunteer'] },
    });
    expect(res.status).toBe(409);
    expect(problemSchema.parse(await res.json()).code).toBe('last_organizer');
    expect((await userByEmail('organizer@demo.test')).roles).toEqual(['organizer']);
  });

  it.each([
    [{ roles: ['admin'] }, 'roles.0'],
    [{ roles: ['volunteer', 'volunteer'] }, 'roles'],
    [{}, 'roles'],
  ])('rejects %j', async (body, field) => {
    const client = await organizer();
    const desk = await userByEmail('desk@demo.test');
    const res = await client.request(`/api/users/${desk.id}/roles`, { method: 'PUT', json: body });
    expect(res.status).toBe(400);
    expect(Object.keys(problemSchema.parse(await res.json()).errors ?? {})).toContain(field);
  });

  it('404s an unknown account', async () => {
    const res = await (
      await organizer()
    ).request('/api/users/no-such-id/roles', { method: 'PUT', json: { roles: [] } });
    expect(res.status).toBe(404);
    expect(problemSchema.parse(await res.json()).code).toBe('user_not_found');
  });

  it('searches literally: % and _ in the query match only themselves', async () => {
    const { db, clock } = server().deps;
    await createAccount(db, clock, {
      email: 'under_score@example.org',
      name: 'Ursula 100% Underscore',
      password: 'a-long-enough-password',
      roles: ['volunteer'],
    });
    const client = await organizer();
    const found = async (q: string) =>
      userListSchema.parse(await (await client.get(`/api/users?q=${encodeURIComponent(q)}`)).json()).users
        .length;
    expect(await found('under_score')).toBe(1);
    expect(await found('100%')).toBe(1);
    expect(await found('under%score')).toBe(0);
    expect(await found('unde_')).toBe(0);
  });
});

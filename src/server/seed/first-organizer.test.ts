import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixedClock } from '@shared/time';
import { migrateToLatest } from '../db/migrate';
import { createTestDatabase, type TestDatabase } from '../test/databases';
import { DURING_CONFERENCE, describeEachDatabase } from '../test/harness';
import { ensureFirstOrganizer } from './first-organizer';

describeEachDatabase(
  'first organizer',
  (server) => {
    it('is created when only demo accounts exist, with a password shown this one time', async () => {
      const { db, clock } = server().deps;
      const created = await ensureFirstOrganizer(db, clock, {});
      expect(created).toEqual({
        email: 'admin@lanyard.local',
        password: expect.stringMatching(/^[\w-]{20}$/),
      });
      expect(await ensureFirstOrganizer(db, clock, {})).toBeNull();

      const res = await server().client().login(created!.email, created!.password);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({
        user: { email: 'admin@lanyard.local', roles: ['organizer'] },
      });
      const stored = await db.selectFrom('users').select('password_hash').where('is_demo', '=', 0).execute();
      expect(stored).toHaveLength(1);
      expect(stored[0]!.password_hash).not.toContain(created!.password);
    });
  },
  { demo: false },
);

describeEachDatabase(
  'first organizer, two processes starting at once',
  (server) => {
    it('is created exactly once', async () => {
      const { db, clock } = server().deps;
      const results = await Promise.all([ensureFirstOrganizer(db, clock), ensureFirstOrganizer(db, clock)]);
      expect(results.filter((r) => r !== null)).toHaveLength(1);
      const organizers = await db.selectFrom('users').select('email').execute();
      expect(organizers).toEqual([{ email: 'admin@lanyard.local' }]);
    });
  },
  { seed: false },
);

describe('first organizer email', () => {
  const clock = fixedClock(DURING_CONFERENCE);
  let database: TestDatabase | undefined;
  const empty = async () => {
    database = await createTestDatabase('sqlite');
    await migrateToLatest(database.handle.db);
    return database.handle.db;
  };
  afterEach(async () => {
    vi.unstubAllEnvs();
    await database?.dispose();
  });

  it.each([
    ['the default', undefined, undefined, 'admin@lanyard.local'],
    ['LANYARD_ADMIN_EMAIL', 'Ops@Example.org', undefined, 'ops@example.org'],
    ['the option over the environment', 'ops@example.org', 'chair@example.org', 'chair@example.org'],
  ])('comes from %s', async (_why, env, option, expected) => {
    if (env) vi.stubEnv('LANYARD_ADMIN_EMAIL', env);
    const created = await ensureFirstOrganizer(await empty(), clock, { email: option });
    expect(created?.email).toBe(expected);
  });

  it('must be an email address', async () => {
    await expect(ensureFirstOrganizer(await empty(), clock, { email: 'not an email' })).rejects.toThrow();
  });
});

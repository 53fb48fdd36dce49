import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@shared/demo';
import { describeEachDatabase } from '../test/harness';
import { seedDemoAccounts } from './demo-accounts';

describeEachDatabase(
  'demo accounts',
  (server) => {
    it('creates the three documented logins, flagged as demo, once however often it runs', async () => {
      const { db, clock } = server().deps;
      await seedDemoAccounts(db, clock);
      await seedDemoAccounts(db, clock);
      await seedDemoAccounts(db, clock);
      const users = await db.selectFrom('users').select(['email', 'is_demo']).orderBy('email').execute();
      expect(users).toEqual(
        DEMO_ACCOUNTS.map((a) => ({ email: a.email, is_demo: 1 })).sort((x, y) =>
          x.email.localeCompare(y.email),
        ),
      );
    });

    describe.each(DEMO_ACCOUNTS)('$email', (account) => {
      it(`logs in with the documented password and holds ${account.roles.join(', ')}`, async () => {
        const res = await server().client().login(account.email, DEMO_PASSWORD);
        expect(res.status).toBe(200);
        expect(await res.json()).toMatchObject({ user: { email: account.email, roles: account.roles } });
      });
    });

    it('recreates an account that was deleted, leaving the others alone', async () => {
      const { db, clock } = server().deps;
      const before = await db.selectFrom('users').select(['id', 'email']).execute();
      await db.deleteFrom('users').where('email', '=', 'desk@demo.test').execute();
      await seedDemoAccounts(db, clock);
      const after = await db.selectFrom('users').select(['id', 'email']).execute();
      expect(after).toHaveLength(3);
      const keep = (rows: typeof before) => rows.filter((r) => r.email !== 'desk@demo.test');
      expect(keep(after)).toEqual(expect.arrayContaining(keep(before)));
    });
  },
  { seed: false },
);

import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/harness';
import { prepared } from './prepared-query';

describeEachDatabase('queries compiled once', (server) => {
  const listsOf = prepared(
    (db, conferenceId: string, name: string) =>
      db
        .selectFrom('check_in_lists')
        .select(['id', 'name'])
        .where('conference_id', '=', conferenceId)
        // A constant bound value stays as it was compiled.
        .where('counts_exits', 'in', [0, 1])
        .where('name', '=', name),
    2,
  );

  it('runs with new values each time, in and out of transactions', async () => {
    const { db } = server().deps;
    const conference = await db
      .selectFrom('conferences')
      .select('id')
      .where('slug', '=', 'matrix-conf-2025')
      .executeTakeFirstOrThrow();
    expect((await listsOf(db, conference.id, 'Main entrance')).rows).toEqual([
      { id: 'matrix-conf-2025.check-in-list.main-entrance', name: 'Main entrance' },
    ]);
    expect((await listsOf(db, conference.id, 'No such list')).rows).toEqual([]);
    expect((await listsOf(db, 'no-such-conference', 'Main entrance')).rows).toEqual([]);
    const inside = await db.transaction().execute((trx) => listsOf(trx, conference.id, 'Main entrance'));
    expect(inside.rows).toHaveLength(1);
  });

  it('refuses a builder that leaves a value unbound', async () => {
    const careless = prepared(
      (db, conferenceId: string, _unused: string) =>
        db.selectFrom('check_in_lists').select('id').where('conference_id', '=', conferenceId),
      2,
    );
    await expect(careless(server().deps.db, 'x', 'y')).rejects.toThrow(/bind each of its values/);
  });
});

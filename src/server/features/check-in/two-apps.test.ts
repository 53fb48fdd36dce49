import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '@shared/time';
import { createApp } from '../../app';
import { openDatabase, type DatabaseHandle } from '../../db/connect';
import { migrateToLatest } from '../../db/migrate';
import { silentLogger, type AppDeps } from '../../deps';
import { seedDemo } from '../../seed/demo';
import { MemoryEventBus } from '../stream';
import { createTestDatabase, type TestDatabase } from '../../test/databases';
import { DURING_CONFERENCE, postgresUp, TestClient } from '../../test/harness';
import { testDesk } from './test-desk';

/**
 * Two app instances, each with its own connection pool to one Postgres database, stand in
 * for two server processes behind a load balancer: the admission must still happen once.
 */
describe.skipIf(!postgresUp)('two servers sharing one Postgres', () => {
  let database: TestDatabase;
  let second: DatabaseHandle;
  let apps: ReturnType<typeof createApp>[];

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    await migrateToLatest(database.handle.db);
    const clock = fixedClock(DURING_CONFERENCE);
    await seedDemo(database.handle.db, clock);
    second = await openDatabase(database.url);
    const deps = (db: DatabaseHandle): AppDeps => ({
      db: db.db,
      dbKind: 'postgres',
      clock,
      bus: new MemoryEventBus(),
      demo: true,
      version: 'test',
      logger: silentLogger,
    });
    apps = [createApp(deps(database.handle)), createApp(deps(second))];
  });

  afterAll(async () => {
    await second?.close();
    await database?.dispose();
  });

  it('admits a ticket scanned at 20 desks split over both servers exactly once', async () => {
    const onFirst = testDesk(() => new TestClient(apps[0]!));
    const onSecond = testDesk(() => new TestClient(apps[1]!));
    const organizer = await onFirst.as('organizer@demo.test');
    const desks = [await onFirst.as('desk@demo.test'), await onSecond.as('desk@demo.test')];
    for (let round = 0; round < 3; round++) {
      const ticket = await onFirst.newTicket(organizer);
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          (i % 2 ? onSecond : onFirst).scan(desks[i % 2]!, {
            qr: ticket.qr,
            deskId: `desk-${i}`,
            deskName: `Desk ${i}`,
          }),
        ),
      );
      const codes = results.map((r) => r.verdict.code);
      expect(codes.filter((c) => c === 'ok')).toHaveLength(1);
      expect(codes.filter((c) => c === 'already_checked_in')).toHaveLength(19);
    }
  });
});

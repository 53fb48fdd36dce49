import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths, PROBLEM_CONTENT_TYPE, readinessSchema, type Problem } from '@shared/contract';
import { fixedClock } from '@shared/time';
import { createApp, type App } from '../../app';
import { openDatabase, type DatabaseHandle } from '../../db/connect';
import { isDatabaseUnavailable } from '../../db/faults';
import { silentLogger } from '../../deps';
import { describeEachDatabase } from '../../test/harness';
import { MemoryEventBus } from '../stream/bus';

describeEachDatabase('readiness', (server) => {
  it('says ready once the database answers', async () => {
    const res = await server().client().get(apiPaths.ready());
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(readinessSchema.parse(await res.json())).toEqual({
      status: 'ready',
      database: server().deps.dbKind,
    });
  });
});

describe('a Postgres that cannot be reached', () => {
  let handle: DatabaseHandle;
  let app: App;
  beforeAll(async () => {
    // Nothing listens on port 1: every connection attempt is refused at once.
    handle = await openDatabase('postgres://postgres@127.0.0.1:1/lanyard');
    app = createApp({
      db: handle.db,
      dbKind: handle.kind,
      clock: fixedClock('2025-10-16T08:30:00Z'),
      bus: new MemoryEventBus(),
      demo: true,
      version: 'test',
      logger: silentLogger,
    });
  });
  afterAll(() => handle.close());

  async function expectUnavailable(res: Response) {
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toBe(PROBLEM_CONTENT_TYPE);
    expect(res.headers.get('retry-after')).toBe('2');
    expect(((await res.json()) as Problem).code).toBe('database_unavailable');
  }

  it('answers requests with 503 database_unavailable and Retry-After', async () => {
    await expectUnavailable(await app.request(apiPaths.conferences()));
    await expectUnavailable(await app.request(apiPaths.sessions('matrix-conf-2025')));
  });

  it('is not ready, and still alive', async () => {
    await expectUnavailable(await app.request(apiPaths.ready()));
    expect((await app.request(apiPaths.health())).status).toBe(200);
  });
});

describe('isDatabaseUnavailable', () => {
  const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });
  it.each([
    [
      'terminated by an administrator',
      withCode('terminating connection due to administrator command', '57P01'),
      true,
    ],
    ['a connection exception', withCode('connection failure', '08006'), true],
    ['too many connections', withCode('sorry, too many clients already', '53300'), true],
    ['a refused socket', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'), true],
    ['a dead pg client', new Error('Client has encountered a connection error and is not queryable'), true],
    ['a connection cut mid-query', new Error('Connection terminated unexpectedly'), true],
    ['a pool that waited too long', new Error('timeout exceeded when trying to connect'), true],
    ['wrapped in a cause', new Error('Migration failed', { cause: withCode('x', '57P01') }), true],
    ['SQLite busy past its timeout', withCode('database is locked', 'SQLITE_BUSY'), true],
    ['a unique violation', withCode('duplicate key value', '23505'), false],
    ['a plain bug', new TypeError('x is undefined'), false],
    ['not an error', 'ECONNREFUSED', false],
  ])('%s', (_, err, expected) => {
    expect(isDatabaseUnavailable(err)).toBe(expected);
  });
});

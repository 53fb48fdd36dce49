import { sql } from 'kysely';
import { apiRoutes, healthSchema, readinessSchema, type Health, type Readiness } from '@shared/contract';
import type { AppDeps } from '../../deps';
import { endpoint, endpointGroup } from '../../http/endpoint';
import { HttpProblem } from '../../http/problem';
import { DATABASE_RETRY_AFTER_SECONDS } from '../../db/faults';

/** A database that takes longer than this to answer `select 1` is as good as down. */
const READY_TIMEOUT_MS = 2_000;

export const healthEndpoints = endpointGroup('health', { tag: 'system' }, [
  endpoint({
    method: 'get',
    path: apiRoutes.health,
    summary: 'Liveness: the process answers (the database is not asked; see /api/ready)',
    responses: { 200: healthSchema },
    handler: (deps) => (c) => {
      // Liveness: the process answers. It does not ask the database, so a supervisor does not
      // restart every instance while Postgres fails over; /api/ready says whether to send traffic.
      const body: Health = {
        status: 'ok',
        version: deps.version,
        database: deps.dbKind,
        demo: deps.demo,
        now: deps.clock().toISOString(),
      };
      return c.json(body, 200, { 'Cache-Control': 'no-store' });
    },
  }),
  endpoint({
    method: 'get',
    path: apiRoutes.ready,
    summary: 'Readiness: the database answered a trivial query within 2 s; 503 with Retry-After when not',
    responses: { 200: readinessSchema },
    problems: ['database_unavailable'],
    handler: (deps) => async (c) => {
      // Readiness: a real round trip, so a load balancer takes a process without its database out.
      await databaseAnswers(deps);
      const body: Readiness = { status: 'ready', database: deps.dbKind };
      return c.json(body, 200, { 'Cache-Control': 'no-store' });
    },
  }),
]);

async function databaseAnswers(deps: AppDeps): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const unavailable = (detail: string) =>
    new HttpProblem('database_unavailable', detail, undefined, {
      'Retry-After': String(DATABASE_RETRY_AFTER_SECONDS),
    });
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(unavailable(`The database did not answer within ${READY_TIMEOUT_MS / 1000} s.`)),
      READY_TIMEOUT_MS,
    );
  });
  try {
    await Promise.race([sql`select 1`.execute(deps.db), timeout]);
  } catch (err) {
    if (err instanceof HttpProblem) throw err;
    deps.logger.warn('Readiness check: the database did not answer', { err });
    throw unavailable('The database did not answer.');
  } finally {
    clearTimeout(timer);
  }
}

import { Hono } from 'hono';
import { sql } from 'kysely';
import { apiRoutes, type Health } from '@shared/contract';
import type { AppDeps, AppEnv } from '../../deps';

export function healthRoutes(deps: AppDeps) {
  return new Hono<AppEnv>().get(apiRoutes.health, async (c) => {
    // A real round trip, so a load balancer takes a process without its database out.
    await sql`select 1`.execute(deps.db);
    const body: Health = {
      status: 'ok',
      version: deps.version,
      database: deps.dbKind,
      demo: deps.demo,
      now: deps.clock().toISOString(),
    };
    return c.json(body, 200, { 'Cache-Control': 'no-store' });
  });
}

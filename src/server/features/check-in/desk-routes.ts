import { Hono } from 'hono';
import {
  apiRoutes,
  arrivalSeriesQuerySchema,
  deskHeartbeatSchema,
  type ArrivalSeries,
  type DeskStatusList,
  type DeskTicketIndex,
} from '@shared/contract';
import type { AppDeps, AppEnv } from '../../deps';
import { readJson, readQuery } from '../../http/body';
import { slugParam } from '../../http/params';
import { requireRole } from '../auth';
import { requireConference } from '../conferences';
import { publishChange } from '../stream';
import { arrivalSeries } from './arrival-series';
import { listDesks, recordHeartbeat } from './desks';
import { deskTicketIndex } from './ticket-index';

const NO_STORE = { 'Cache-Control': 'no-store' };

/** Desk heartbeats and the dashboard's desks, arrivals over time, and the offline ticket index. */
export function deskRoutes(deps: AppDeps) {
  const desk = requireRole('checkin');

  return new Hono<AppEnv>()
    .post(apiRoutes.checkInDesks, desk, async (c) => {
      const input = await readJson(c, deskHeartbeatSchema);
      const conference = await requireConference(deps.db, slugParam(c));
      const { changed } = await recordHeartbeat(
        deps.db,
        deps.clock,
        conference.id,
        c.get('user')!.id,
        input,
        deps.deskSilentAfterMs,
      );
      if (changed) await publishChange(deps, conference.slug, 'arrivals', 'desks');
      return c.body(null, 204);
    })
    .get(apiRoutes.checkInDesks, desk, async (c) => {
      const conference = await requireConference(deps.db, slugParam(c));
      const body: DeskStatusList = await listDesks(
        deps.db,
        deps.clock,
        conference.id,
        deps.deskSilentAfterMs,
      );
      return c.json(body, 200, NO_STORE);
    })
    .get(apiRoutes.checkInArrivals, desk, async (c) => {
      const { day } = readQuery(c, arrivalSeriesQuerySchema);
      const conference = await requireConference(deps.db, slugParam(c));
      const body: ArrivalSeries = await arrivalSeries(deps.db, deps.clock, conference, day);
      return c.json(body, 200, NO_STORE);
    })
    .get(apiRoutes.checkInTicketIndex, desk, async (c) => {
      const conference = await requireConference(deps.db, slugParam(c));
      const body: DeskTicketIndex = await deskTicketIndex(deps.db, deps.clock, conference.id);
      // Names and emails: never kept by a shared cache.
      return c.json(body, 200, { 'Cache-Control': 'private, no-store' });
    });
}

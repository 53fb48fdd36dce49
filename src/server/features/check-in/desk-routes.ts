import {
  apiRoutes,
  arrivalSeriesQuerySchema,
  arrivalSeriesSchema,
  deskHeartbeatSchema,
  deskStatusListSchema,
  deskTicketIndexSchema,
  type ProblemCode,
  type ArrivalSeries,
  type DeskStatusList,
  type DeskTicketIndex,
} from '@shared/contract';
import { endpoint, endpointGroup } from '../../http/endpoint';
import { conferenceOf } from '../conferences';
import { publishChange } from '../stream';
import { arrivalSeries } from './arrival-series';
import { listDesks, recordHeartbeat } from './desks';
import { deskTicketIndex } from './ticket-index';

const NO_STORE = { 'Cache-Control': 'no-store' };

const guarded: ProblemCode[] = ['unauthenticated', 'forbidden', 'conference_not_found'];

/** Desk heartbeats and the dashboard's desks, arrivals over time, and the offline ticket index. */
export const deskEndpoints = endpointGroup('desks', { tag: 'check-in' }, [
  endpoint({
    method: 'post',
    path: apiRoutes.checkInDesks,
    summary: "A desk's heartbeat (every 15 s): its mode, queue length and last upload",
    body: deskHeartbeatSchema,
    responses: { 204: null },
    problems: [...guarded, 'check_in_list_not_found'],
    auth: 'checkin',
    handler:
      (deps) =>
      async (c, { body, user }) => {
        const input = await body();
        const conference = await conferenceOf(deps, c);
        const { changed } = await recordHeartbeat(
          deps.db,
          deps.clock,
          conference.id,
          user().id,
          input,
          deps.deskSilentAfterMs,
        );
        if (changed) await publishChange(deps, conference.slug, 'arrivals', 'desks');
        return c.body(null, 204);
      },
  }),
  endpoint({
    method: 'get',
    path: apiRoutes.checkInDesks,
    summary: 'Desks heard from today: online, offline (says so) or silent (no heartbeat for 45 s), queues',
    responses: { 200: deskStatusListSchema },
    problems: guarded,
    auth: 'checkin',
    handler: (deps) => async (c) => {
      const conference = await conferenceOf(deps, c);
      const body: DeskStatusList = await listDesks(
        deps.db,
        deps.clock,
        conference.id,
        deps.deskSilentAfterMs,
      );
      return c.json(body, 200, NO_STORE);
    },
  }),
  endpoint({
    method: 'get',
    path: apiRoutes.checkInArrivals,
    summary: 'Admissions of a conference day per 15 minutes of local time, per check-in list',
    query: arrivalSeriesQuerySchema,
    responses: { 200: arrivalSeriesSchema },
    problems: guarded,
    auth: 'checkin',
    handler:
      (deps) =>
      async (c, { query }) => {
        const { day } = query();
        const conference = await conferenceOf(deps, c);
        const body: ArrivalSeries = await arrivalSeries(deps.db, deps.clock, conference, day);
        return c.json(body, 200, NO_STORE);
      },
  }),
  endpoint({
    method: 'get',
    path: apiRoutes.checkInTicketIndex,
    summary: "Every ticket, compact (name, email, order code, type, status), for a desk's offline search",
    responses: { 200: deskTicketIndexSchema },
    problems: guarded,
    auth: 'checkin',
    handler: (deps) => async (c) => {
      const conference = await conferenceOf(deps, c);
      const body: DeskTicketIndex = await deskTicketIndex(deps.db, deps.clock, conference.id);
      // Names and emails: never kept by a shared cache.
      return c.json(body, 200, { 'Cache-Control': 'private, no-store' });
    },
  }),
]);

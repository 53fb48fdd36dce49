import {
  apiRoutes,
  arrivalSeriesQuerySchema,
  arrivalSeriesSchema,
  deskHeartbeatSchema,
  deskStatusListSchema,
  deskTicketIndexSchema,
  type ProblemCode,
} from '@shared/contract';
import type { Operation } from '../../openapi/operations';

const tag = 'check-in';
const guarded: ProblemCode[] = ['unauthenticated', 'forbidden', 'conference_not_found'];

export const deskOperations: Operation[] = [
  {
    method: 'post',
    path: apiRoutes.checkInDesks,
    summary: "A desk's heartbeat (every 15 s): its mode, queue length and last upload",
    tag,
    body: deskHeartbeatSchema,
    responses: { 204: null },
    problems: [...guarded, 'check_in_list_not_found'],
    auth: 'checkin',
  },
  {
    method: 'get',
    path: apiRoutes.checkInDesks,
    summary: 'Desks heard from today: online, offline (says so) or silent (no heartbeat for 45 s), queues',
    tag,
    responses: { 200: deskStatusListSchema },
    problems: guarded,
    auth: 'checkin',
  },
  {
    method: 'get',
    path: apiRoutes.checkInArrivals,
    summary: 'Admissions of a conference day per 15 minutes of local time, per check-in list',
    tag,
    query: arrivalSeriesQuerySchema,
    responses: { 200: arrivalSeriesSchema },
    problems: guarded,
    auth: 'checkin',
  },
  {
    method: 'get',
    path: apiRoutes.checkInTicketIndex,
    summary: "Every ticket, compact (name, email, order code, type, status), for a desk's offline search",
    tag,
    responses: { 200: deskTicketIndexSchema },
    problems: guarded,
    auth: 'checkin',
  },
];

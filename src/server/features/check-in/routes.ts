import {
  apiRoutes,
  checkInListListSchema,
  checkInListSchema,
  checkInStatsQuerySchema,
  checkInStatsSchema,
  confirmQuerySchema,
  idSchema,
  saveCheckInListSchema,
  scanListFiltersSchema,
  scanListSchema,
  scanRequestSchema,
  scanResultSchema,
  scanSchema,
  type ProblemCode,
  type CheckInList,
  type CheckInListList,
  type CheckInStats,
  type Scan,
  type ScanList,
  type ScanResult,
} from '@shared/contract';
import type { AppDeps } from '../../deps';
import { endpoint, endpointGroup } from '../../http/endpoint';
import { HttpProblem, parseOrThrow } from '../../http/problem';
import { RateLimiter } from '../auth';
import { conferenceOf } from '../conferences';
import { publishChange } from '../stream';
import * as service from './service';
import { checkInStats } from './stats';

const NO_STORE = { 'Cache-Control': 'no-store' };

const idParam = (value: string | undefined, what: string) => parseOrThrow(idSchema, value, what);
// Desks keep lists under the 'arrivals' topic; the organizer's ticket pages follow 'tickets'.
const publishListChange = async (deps: AppDeps, slug: string) => {
  await publishChange(deps, slug, 'arrivals');
  await publishChange(deps, slug, 'tickets');
};

const guarded: ProblemCode[] = ['unauthenticated', 'forbidden', 'conference_not_found'];

/** Check-in lists, scans (the desk's one write), undo, and the arrival figures. */
export const checkInEndpoints = endpointGroup('check-in', { tag: 'check-in' }, [
  endpoint({
    method: 'get',
    path: apiRoutes.checkInLists,
    summary: 'Check-in lists: admitted types and days, exits and re-entry',
    responses: { 200: checkInListListSchema },
    problems: guarded,
    auth: 'checkin',
    handler: (deps) => async (c) => {
      const conference = await conferenceOf(deps, c);
      const body: CheckInListList = { lists: await service.listLists(deps.db, conference.id) };
      return c.json(body);
    },
  }),
  endpoint({
    method: 'post',
    path: apiRoutes.checkInLists,
    summary: 'Add a check-in list',
    body: saveCheckInListSchema,
    responses: { 201: checkInListSchema },
    problems: guarded,
    auth: 'organizer',
    handler:
      (deps) =>
      async (c, { body, user }) => {
        const input = await body();
        const conference = await conferenceOf(deps, c);
        const list: CheckInList = await service.createList(
          deps.db,
          deps.clock,
          conference.id,
          user().id,
          input,
        );
        await publishListChange(deps, conference.slug);
        return c.json(list, 201);
      },
  }),
  endpoint({
    method: 'put',
    path: apiRoutes.checkInList,
    summary: 'Change a check-in list',
    body: saveCheckInListSchema,
    responses: { 200: checkInListSchema },
    problems: [...guarded, 'check_in_list_not_found'],
    auth: 'organizer',
    handler:
      (deps) =>
      async (c, { body, user }) => {
        const id = idParam(c.req.param('id'), 'list id');
        const input = await body();
        const conference = await conferenceOf(deps, c);
        const list: CheckInList = await service.updateList(
          deps.db,
          deps.clock,
          conference.id,
          user().id,
          id,
          input,
        );
        await publishListChange(deps, conference.slug);
        return c.json(list);
      },
  }),
  endpoint({
    method: 'delete',
    path: apiRoutes.checkInList,
    summary:
      'Delete a check-in list nobody scanned on; one with scans answers check_in_list_in_use (never confirmable, ?confirm=true too)',
    responses: { 204: null },
    problems: [...guarded, 'check_in_list_not_found', 'check_in_list_in_use'],
    // Every DELETE with dependents takes ?confirm (decision 0009); this one is never confirmable.
    query: confirmQuerySchema,
    auth: 'organizer',
    handler:
      (deps) =>
      async (c, { user }) => {
        const id = idParam(c.req.param('id'), 'list id');
        const conference = await conferenceOf(deps, c);
        await service.deleteList(deps.db, deps.clock, conference.id, user().id, id);
        await publishListChange(deps, conference.slug);
        return c.body(null, 204);
      },
  }),
  endpoint({
    method: 'post',
    path: apiRoutes.scans,
    summary:
      'Scan a ticket: the verdict, recorded whatever it is; one admission per ticket, list and day; a repeated nonce answers the first verdict (200)',
    body: scanRequestSchema,
    responses: { 201: scanResultSchema, 200: scanResultSchema },
    problems: [...guarded, 'check_in_list_not_found', 'exits_not_counted', 'rate_limited'],
    auth: 'checkin',
    handler: (deps) => {
      /**
       * Codes that verify nothing, per account: a desk seeing a few is normal, hundreds a minute
       * is someone probing ticket ids. Over the limit only such codes are refused: a valid ticket
       * and a check-in from a name search are always judged, so a busy gate never stalls.
       */
      const forgeries = new RateLimiter({ limit: 100, windowMs: 60_000, clock: deps.clock });
      return async (c, { body, user }) => {
        const { id: userId } = user();
        const input = await body();
        const conference = await conferenceOf(deps, c);
        const limit = forgeries.status(userId);
        if (limit.limited && !(await service.passesForgeryLimit(deps.db, conference, input))) {
          throw new HttpProblem('rate_limited', 'Too many unknown codes from this account.', undefined, {
            'Retry-After': String(limit.retryAfterSeconds),
          });
        }
        const { result, moved } = await service.recordScan(deps.db, deps.clock, conference, userId, input);
        if (!result.replayed && input.qr !== undefined && result.verdict.code === 'unknown_or_forged') {
          forgeries.hit(userId);
        }
        if (moved) await publishChange(deps, conference.slug, 'arrivals', result.scan.listId);
        const answer: ScanResult = result;
        return c.json(answer, result.replayed ? 200 : 201, NO_STORE);
      };
    },
  }),
  endpoint({
    method: 'get',
    path: apiRoutes.scans,
    summary: 'Recent scans, newest first; only failed ones or only conflicts',
    query: scanListFiltersSchema,
    responses: { 200: scanListSchema },
    problems: guarded,
    auth: 'checkin',
    handler:
      (deps) =>
      async (c, { query }) => {
        const filters = query();
        const conference = await conferenceOf(deps, c);
        const body: ScanList = { scans: await service.listScans(deps.db, conference.id, filters) };
        return c.json(body, 200, NO_STORE);
      },
  }),
  endpoint({
    method: 'post',
    path: apiRoutes.scanUndo,
    summary: 'Undo an admission within 15 minutes',
    responses: { 200: scanSchema },
    problems: [...guarded, 'scan_not_found', 'scan_not_undoable', 'undo_window_passed'],
    auth: 'checkin',
    handler: (deps) => async (c) => {
      const id = idParam(c.req.param('id'), 'scan id');
      const conference = await conferenceOf(deps, c);
      const body: Scan = await service.undoScan(deps.db, deps.clock, conference.id, id);
      await publishChange(deps, conference.slug, 'arrivals', body.listId);
      return c.json(body, 200, NO_STORE);
    },
  }),
  endpoint({
    method: 'get',
    path: apiRoutes.checkInStats,
    summary: 'Checked in / expected for the event and per list, by type and country; failures, conflicts',
    query: checkInStatsQuerySchema,
    responses: { 200: checkInStatsSchema },
    problems: guarded,
    auth: 'checkin',
    handler:
      (deps) =>
      async (c, { query }) => {
        const { day } = query();
        const conference = await conferenceOf(deps, c);
        const body: CheckInStats = await checkInStats(deps.db, deps.clock, conference, day);
        return c.json(body);
      },
  }),
]);

import { Hono } from 'hono';
import {
  apiRoutes,
  checkInStatsQuerySchema,
  idSchema,
  saveCheckInListSchema,
  scanListFiltersSchema,
  scanRequestSchema,
  type CheckInList,
  type CheckInListList,
  type CheckInStats,
  type Scan,
  type ScanList,
  type ScanResult,
} from '@shared/contract';
import type { AppDeps, AppEnv } from '../../deps';
import { readJson, readQuery } from '../../http/body';
import { slugParam } from '../../http/params';
import { HttpProblem, parseOrThrow } from '../../http/problem';
import { RateLimiter, requireRole } from '../auth';
import { requireConference } from '../conferences';
import { publishChange } from '../stream';
import * as service from './service';
import { checkInStats } from './stats';

const NO_STORE = { 'Cache-Control': 'no-store' };

/** Check-in lists, scans (the desk's one write), undo, and the arrival figures. */
export function checkInRoutes(deps: AppDeps) {
  /**
   * Codes that verify nothing, per account: a desk seeing a few is normal, hundreds a minute
   * is someone probing ticket ids. Over the limit only such codes are refused: a valid ticket
   * and a check-in from a name search are always judged, so a busy gate never stalls.
   */
  const forgeries = new RateLimiter({ limit: 100, windowMs: 60_000, clock: deps.clock });
  const organizer = requireRole('organizer');
  const desk = requireRole('checkin');
  const idParam = (value: string | undefined, what: string) => parseOrThrow(idSchema, value, what);
  // Desks keep lists under the 'arrivals' topic; the organizer's ticket pages follow 'tickets'.
  const publishListChange = async (slug: string) => {
    await publishChange(deps, slug, 'arrivals');
    await publishChange(deps, slug, 'tickets');
  };

  return new Hono<AppEnv>()
    .get(apiRoutes.checkInLists, desk, async (c) => {
      const conference = await requireConference(deps.db, slugParam(c));
      const body: CheckInListList = { lists: await service.listLists(deps.db, conference.id) };
      return c.json(body);
    })
    .post(apiRoutes.checkInLists, organizer, async (c) => {
      const input = await readJson(c, saveCheckInListSchema);
      const conference = await requireConference(deps.db, slugParam(c));
      const body: CheckInList = await service.createList(
        deps.db,
        deps.clock,
        conference.id,
        c.get('user')!.id,
        input,
      );
      await publishListChange(conference.slug);
      return c.json(body, 201);
    })
    .put(apiRoutes.checkInList, organizer, async (c) => {
      const id = idParam(c.req.param('id'), 'list id');
      const input = await readJson(c, saveCheckInListSchema);
      const conference = await requireConference(deps.db, slugParam(c));
      const body: CheckInList = await service.updateList(
        deps.db,
        deps.clock,
        conference.id,
        c.get('user')!.id,
        id,
        input,
      );
      await publishListChange(conference.slug);
      return c.json(body);
    })
    .delete(apiRoutes.checkInList, organizer, async (c) => {
      const id = idParam(c.req.param('id'), 'list id');
      const conference = await requireConference(deps.db, slugParam(c));
      await service.deleteList(deps.db, deps.clock, conference.id, c.get('user')!.id, id);
      await publishListChange(conference.slug);
      return c.body(null, 204);
    })
    .post(apiRoutes.scans, desk, async (c) => {
      const user = c.get('user')!;
      const input = await readJson(c, scanRequestSchema);
      const conference = await requireConference(deps.db, slugParam(c));
      const limit = forgeries.status(user.id);
      if (limit.limited && !(await service.passesForgeryLimit(deps.db, conference, input))) {
        throw new HttpProblem('rate_limited', 'Too many unknown codes from this account.', undefined, {
          'Retry-After': String(limit.retryAfterSeconds),
        });
      }
      const { result, moved } = await service.recordScan(deps.db, deps.clock, conference, user.id, input);
      if (!result.replayed && input.qr !== undefined && result.verdict.code === 'unknown_or_forged') {
        forgeries.hit(user.id);
      }
      if (moved) await publishChange(deps, conference.slug, 'arrivals', result.scan.listId);
      const body: ScanResult = result;
      return c.json(body, result.replayed ? 200 : 201, NO_STORE);
    })
    .get(apiRoutes.scans, desk, async (c) => {
      const filters = readQuery(c, scanListFiltersSchema);
      const conference = await requireConference(deps.db, slugParam(c));
      const body: ScanList = { scans: await service.listScans(deps.db, conference.id, filters) };
      return c.json(body, 200, NO_STORE);
    })
    .post(apiRoutes.scanUndo, desk, async (c) => {
      const id = idParam(c.req.param('id'), 'scan id');
      const conference = await requireConference(deps.db, slugParam(c));
      const body: Scan = await service.undoScan(deps.db, deps.clock, conference.id, id);
      await publishChange(deps, conference.slug, 'arrivals', body.listId);
      return c.json(body, 200, NO_STORE);
    })
    .get(apiRoutes.checkInStats, desk, async (c) => {
      const { day } = readQuery(c, checkInStatsQuerySchema);
      const conference = await requireConference(deps.db, slugParam(c));
      const body: CheckInStats = await checkInStats(deps.db, deps.clock, conference, day);
      return c.json(body);
    });
}

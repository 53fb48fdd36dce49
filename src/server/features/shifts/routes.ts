import { Hono, type Context } from 'hono';
import type { z } from 'zod';
import {
  apiRoutes,
  attendanceUpdateSchema,
  bulkShiftsSchema,
  createShiftSchema,
  rosterAddSchema,
  shiftFiltersSchema,
  signupRequestSchema,
  type CreatedShifts,
  type Roster,
  type Shift,
  type ShiftList,
  type Signup,
  type User,
} from '@shared/contract';
import type { AppDeps, AppEnv } from '../../deps';
import { readJson, readQuery } from '../../http/body';
import { slugParam } from '../../http/params';
import { HttpProblem } from '../../http/problem';
import { requireUser } from '../auth';
import { requireConference } from '../conferences';
import { userIdParam } from '../roles';
import { publishChange } from '../stream';
import { shiftIdParam } from './params';
import { createShift, createShiftsFromPattern, getRoster, getShift, listShifts } from './service';
import {
  offerHandover,
  recordAttendance,
  removeFromShift,
  signOff,
  signUp,
  takeHandover,
  withdrawHandover,
} from './signup-service';

const userOf = (c: Context<AppEnv>): User => {
  const user = c.get('user');
  if (!user) throw new HttpProblem('unauthenticated');
  return user;
};

/** One tap should need no body; when there is one it must be valid JSON. */
async function readOptionalJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  const hasBody =
    c.req.header('content-type') !== undefined || Number(c.req.header('content-length') ?? 0) > 0;
  return hasBody ? readJson(c, schema) : schema.parse({});
}

/** Shifts, sign-up and sign-off, waiting lists, hand-overs, and the coordinator's roster. */
export function shiftRoutes(deps: AppDeps) {
  const conferenceOf = (c: Context<AppEnv>) => requireConference(deps.db, slugParam(c));
  const changed = (slug: string, shiftId?: string) => publishChange(deps, slug, 'shifts', shiftId);
  const personal = { 'Cache-Control': 'no-store' };

  return new Hono<AppEnv>()
    .get(apiRoutes.shifts, async (c) => {
      const filters = readQuery(c, shiftFiltersSchema);
      const user = c.get('user');
      if (filters.mine && !user) throw new HttpProblem('unauthenticated', 'Log in to see your shifts.');
      const body: ShiftList = await listShifts(deps.db, deps.clock, await conferenceOf(c), user, filters);
      return c.json(body, 200, user ? personal : {});
    })
    .post(apiRoutes.shifts, requireUser(), async (c) => {
      const conference = await conferenceOf(c);
      const input = await readJson(c, createShiftSchema);
      const body: Shift = await createShift(deps.db, deps.clock, conference, userOf(c), input);
      await changed(conference.slug, body.id);
      return c.json(body, 201);
    })
    .post(apiRoutes.shiftsBulk, requireUser(), async (c) => {
      const conference = await conferenceOf(c);
      const input = await readJson(c, bulkShiftsSchema);
      const body: CreatedShifts = {
        shifts: await createShiftsFromPattern(deps.db, deps.clock, conference, userOf(c), input),
      };
      await changed(conference.slug);
      return c.json(body, 201);
    })
    .get(apiRoutes.shift, async (c) => {
      const id = shiftIdParam(c);
      const user = c.get('user');
      const body: Shift = await getShift(deps.db, await conferenceOf(c), user, deps.clock(), id);
      return c.json(body, 200, user ? personal : {});
    })
    .post(apiRoutes.shiftSignup, requireUser(), async (c) => {
      const conference = await conferenceOf(c);
      const id = shiftIdParam(c);
      const { waitlist } = await readOptionalJson(c, signupRequestSchema);
      const body: Signup = await signUp(deps, conference, id, userOf(c).id, { waitlist });
      await changed(conference.slug, id);
      return c.json(body, 201);
    })
    .delete(apiRoutes.shiftSignup, requireUser(), async (c) => {
      const conference = await conferenceOf(c);
      const id = shiftIdParam(c);
      await signOff(deps, conference, id, userOf(c));
      await changed(conference.slug, id);
      return c.body(null, 204);
    })
    .post(apiRoutes.shiftHandover, requireUser(), async (c) => {
      const conference = await conferenceOf(c);
      const id = shiftIdParam(c);
      const body: Signup = await offerHandover(deps, conference, id, userOf(c));
      await changed(conference.slug, id);
      return c.json(body);
    })
    .delete(apiRoutes.shiftHandover, requireUser(), async (c) => {
      const conference = await conferenceOf(c);
      const id = shiftIdParam(c);
      const body: Signup = await withdrawHandover(deps, conference, id, userOf(c));
      await changed(conference.slug, id);
      return c.json(body);
    })
    .post(apiRoutes.shiftHandoverTake, requireUser(), async (c) => {
      const conference = await conferenceOf(c);
      const id = shiftIdParam(c);
      const body: Signup = await takeHandover(deps, conference, id, userOf(c));
      await changed(conference.slug, id);
      return c.json(body);
    })
    .get(apiRoutes.shiftRoster, requireUser(), async (c) => {
      const conference = await conferenceOf(c);
      const body: Roster = await getRoster(deps.db, deps.clock, conference, userOf(c), shiftIdParam(c));
      return c.json(body, 200, personal);
    })
    .post(apiRoutes.shiftRoster, requireUser(), async (c) => {
      const conference = await conferenceOf(c);
      const id = shiftIdParam(c);
      const { userId, overrideLimits } = await readJson(c, rosterAddSchema);
      const body: Signup = await signUp(deps, conference, id, userId, {
        waitlist: false,
        coordinator: userOf(c),
        overrideLimits,
      });
      await changed(conference.slug, id);
      return c.json(body, 201);
    })
    .put(apiRoutes.shiftRosterEntry, requireUser(), async (c) => {
      const conference = await conferenceOf(c);
      const id = shiftIdParam(c);
      const userId = userIdParam(c);
      const { attendance } = await readJson(c, attendanceUpdateSchema);
      const body: Signup = await recordAttendance(deps, conference, id, userOf(c), userId, attendance);
      await changed(conference.slug, id);
      return c.json(body);
    })
    .delete(apiRoutes.shiftRosterEntry, requireUser(), async (c) => {
      const conference = await conferenceOf(c);
      const id = shiftIdParam(c);
      await removeFromShift(deps, conference, id, userOf(c), userIdParam(c));
      await changed(conference.slug, id);
      return c.body(null, 204);
    });
}

import { Hono, type Context } from 'hono';
import {
  apiRoutes,
  deleteShiftQuerySchema,
  shiftGenerationSchema,
  updateShiftSchema,
  type CreatedShifts,
  type Shift,
  type ShiftGenerationPreview,
  type User,
} from '@shared/contract';
import type { AppDeps, AppEnv } from '../../deps';
import { readJson, readQuery } from '../../http/body';
import { slugParam } from '../../http/params';
import { HttpProblem } from '../../http/problem';
import { requireUser } from '../auth';
import { requireConference } from '../conferences';
import { publishChange } from '../stream';
import { deleteShift, generateShifts, previewGeneration, updateShift } from './coordination-service';
import { shiftIdParam } from './params';

const userOf = (c: Context<AppEnv>): User => {
  const user = c.get('user');
  if (!user) throw new HttpProblem('unauthenticated');
  return user;
};

/** Coordinators edit and delete shifts and generate them from the schedule. */
export function shiftCoordinationRoutes(deps: AppDeps) {
  const conferenceOf = (c: Context<AppEnv>) => requireConference(deps.db, slugParam(c));
  const changed = (slug: string, shiftId?: string) => publishChange(deps, slug, 'shifts', shiftId);

  return new Hono<AppEnv>()
    .post(apiRoutes.shiftsFromSchedulePreview, requireUser(), async (c) => {
      const conference = await conferenceOf(c);
      const input = await readJson(c, shiftGenerationSchema);
      const body: ShiftGenerationPreview = await previewGeneration(deps.db, conference, userOf(c), input);
      return c.json(body, 200, { 'Cache-Control': 'no-store' });
    })
    .post(apiRoutes.shiftsFromSchedule, requireUser(), async (c) => {
      const conference = await conferenceOf(c);
      const input = await readJson(c, shiftGenerationSchema);
      const body: CreatedShifts = {
        shifts: await generateShifts(deps.db, deps.clock, conference, userOf(c), input),
      };
      await changed(conference.slug);
      return c.json(body, 201);
    })
    .patch(apiRoutes.shift, requireUser(), async (c) => {
      const conference = await conferenceOf(c);
      const id = shiftIdParam(c);
      const input = await readJson(c, updateShiftSchema);
      const body: Shift = await updateShift(deps, conference, userOf(c), id, input);
      await changed(conference.slug, id);
      return c.json(body);
    })
    .delete(apiRoutes.shift, requireUser(), async (c) => {
      const { confirm } = readQuery(c, deleteShiftQuerySchema);
      const conference = await conferenceOf(c);
      const id = shiftIdParam(c);
      await deleteShift(deps, conference, userOf(c), id, confirm ?? false);
      await changed(conference.slug, id);
      return c.body(null, 204);
    });
}

import { Hono, type Context } from 'hono';
import {
  apiRoutes,
  hoursPolicySchema,
  type HoursPolicy,
  type HoursReport,
  type MyHours,
  type User,
} from '@shared/contract';
import type { AppDeps, AppEnv } from '../../deps';
import { readJson } from '../../http/body';
import { slugParam } from '../../http/params';
import { HttpProblem } from '../../http/problem';
import { requireRole, requireUser } from '../auth';
import { requireConference } from '../conferences';
import { publishChange } from '../stream';
import { getHoursPolicy, hoursCsv, hoursReport, myHours, setHoursPolicy } from './service';

const userOf = (c: Context<AppEnv>): User => {
  const user = c.get('user');
  if (!user) throw new HttpProblem('unauthenticated');
  return user;
};

/** Hours worked per volunteer (JSON and CSV), your own hours, and the night-hours rule. */
export function volunteerHoursRoutes(deps: AppDeps) {
  const conferenceOf = (c: Context<AppEnv>) => requireConference(deps.db, slugParam(c));
  const personal = { 'Cache-Control': 'no-store' };
  return new Hono<AppEnv>()
    .get(apiRoutes.volunteerHours, requireUser(), async (c) => {
      const body: HoursReport = await hoursReport(deps.db, await conferenceOf(c), userOf(c));
      return c.json(body, 200, personal);
    })
    .get(apiRoutes.volunteerHoursCsv, requireUser(), async (c) => {
      const conference = await conferenceOf(c);
      const report = await hoursReport(deps.db, conference, userOf(c));
      return c.body(hoursCsv(report), 200, {
        ...personal,
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${conference.slug}-volunteer-hours.csv"`,
      });
    })
    .get(apiRoutes.volunteerHoursMine, requireUser(), async (c) => {
      const body: MyHours = await myHours(deps.db, await conferenceOf(c), userOf(c));
      return c.json(body, 200, personal);
    })
    .get(apiRoutes.volunteerHoursPolicy, async (c) => {
      const body: HoursPolicy = await getHoursPolicy(deps.db, (await conferenceOf(c)).id);
      return c.json(body);
    })
    .put(apiRoutes.volunteerHoursPolicy, requireRole('organizer'), async (c) => {
      const conference = await conferenceOf(c);
      const policy = await readJson(c, hoursPolicySchema);
      const body: HoursPolicy = await setHoursPolicy(deps.db, deps.clock, conference, userOf(c), policy);
      await publishChange(deps, conference.slug, 'shifts');
      return c.json(body);
    });
}

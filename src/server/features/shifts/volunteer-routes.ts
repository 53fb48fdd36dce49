import { Hono, type Context } from 'hono';
import {
  apiRoutes,
  createSignoffRequestSchema,
  decideSignoffRequestSchema,
  idSchema,
  secretTokenSchema,
  type SignoffRequest,
  type SignoffRequestList,
  type User,
  type VolunteerFeed,
} from '@shared/contract';
import type { AppDeps, AppEnv } from '../../deps';
import { readJson } from '../../http/body';
import { slugParam } from '../../http/params';
import { HttpProblem, parseOrThrow } from '../../http/problem';
import { requireUser } from '../auth';
import { requireConference } from '../conferences';
import { publishChange } from '../stream';
import { feedCalendar, getFeedToken, renewFeedToken } from './feed';
import { shiftIdParam } from './params';
import { decideSignoffRequest, listSignoffRequests, requestSignoff } from './signoff-requests';

const userOf = (c: Context<AppEnv>): User => {
  const user = c.get('user');
  if (!user) throw new HttpProblem('unauthenticated');
  return user;
};

/** Hono would read ":token.ics" as one parameter named "token.ics". */
const FEED_ICS_ROUTE = apiRoutes.volunteerFeedIcs.replace(':token.ics', ':file{[A-Za-z0-9_-]+\\.ics}');

/** Late sign-off requests and the volunteer's calendar feed. */
export function volunteerShiftRoutes(deps: AppDeps) {
  const conferenceOf = (c: Context<AppEnv>) => requireConference(deps.db, slugParam(c));
  const personal = { 'Cache-Control': 'no-store' };

  return new Hono<AppEnv>()
    .post(apiRoutes.shiftSignoffRequest, requireUser(), async (c) => {
      const conference = await conferenceOf(c);
      const id = shiftIdParam(c);
      const { reason } = await readJson(c, createSignoffRequestSchema);
      const body: SignoffRequest = await requestSignoff(deps, conference, id, userOf(c), reason);
      await publishChange(deps, conference.slug, 'shifts', id);
      return c.json(body, 201, personal);
    })
    .get(apiRoutes.signoffRequests, requireUser(), async (c) => {
      const body: SignoffRequestList = await listSignoffRequests(deps.db, await conferenceOf(c), userOf(c));
      return c.json(body, 200, personal);
    })
    .put(apiRoutes.signoffRequest, requireUser(), async (c) => {
      const conference = await conferenceOf(c);
      const id = parseOrThrow(idSchema, c.req.param('requestId'), 'request id');
      const input = await readJson(c, decideSignoffRequestSchema);
      const body: SignoffRequest = await decideSignoffRequest(deps, conference, id, userOf(c), input);
      await publishChange(deps, conference.slug, 'shifts', body.shift.id);
      return c.json(body, 200, personal);
    })
    .get(apiRoutes.volunteerFeed, requireUser(), async (c) => {
      const token = await getFeedToken(deps.db, await conferenceOf(c), userOf(c).id);
      const body: VolunteerFeed = { token };
      return c.json(body, 200, personal);
    })
    .post(apiRoutes.volunteerFeed, requireUser(), async (c) => {
      const conference = await conferenceOf(c);
      const body: VolunteerFeed = {
        token: await renewFeedToken(deps.db, deps.clock, conference, userOf(c).id),
      };
      return c.json(body, 201, personal);
    })
    .get(FEED_ICS_ROUTE, async (c) => {
      const conference = await conferenceOf(c);
      const parsed = secretTokenSchema.safeParse((c.req.param('file') ?? '').replace(/\.ics$/, ''));
      if (!parsed.success) throw new HttpProblem('feed_not_found', 'This calendar address is unknown.');
      const body = await feedCalendar(deps.db, conference, parsed.data, deps.version);
      return c.body(body, 200, {
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': 'inline; filename="my-shifts.ics"',
        // Secret per person: no shared cache may keep it.
        'Cache-Control': 'private, no-cache',
      });
    });
}

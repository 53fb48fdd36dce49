import {
  apiRoutes,
  createSignoffRequestSchema,
  decideSignoffRequestSchema,
  idSchema,
  secretTokenSchema,
  signoffRequestListSchema,
  signoffRequestSchema,
  volunteerFeedSchema,
  type SignoffRequest,
  type SignoffRequestList,
  type VolunteerFeed,
} from '@shared/contract';
import { endpoint, endpointGroup } from '../../http/endpoint';
import { HttpProblem, parseOrThrow } from '../../http/problem';
import { conferenceOf } from '../conferences';
import { publishChange } from '../stream';
import { feedCalendar, getFeedToken, renewFeedToken } from './feed';
import { shiftIdParam } from './params';
import { decideSignoffRequest, listSignoffRequests, requestSignoff } from './signoff-requests';

/** Hono would read ":token.ics" as one parameter named "token.ics". */
const FEED_ICS_ROUTE = apiRoutes.volunteerFeedIcs.replace(':token.ics', ':file{[A-Za-z0-9_-]+\\.ics}');

const personal = { 'Cache-Control': 'no-store' };

/** Late sign-off requests and the volunteer's calendar feed. */
export const volunteerShiftEndpoints = endpointGroup('volunteer-shifts', { tag: 'volunteers' }, [
  endpoint({
    method: 'post',
    path: apiRoutes.shiftSignoffRequest,
    summary: 'After the sign-off deadline: ask the coordinator to sign you off, with a reason',
    body: createSignoffRequestSchema,
    responses: { 201: signoffRequestSchema },
    problems: [
      'unauthenticated',
      'conference_not_found',
      'shift_not_found',
      'not_signed_up',
      'shift_started',
      'sign_off_still_open',
      'signoff_request_pending',
    ],
    auth: 'user',
    handler:
      (deps) =>
      async (c, { body, user }) => {
        const conference = await conferenceOf(deps, c);
        const id = shiftIdParam(c);
        const { reason } = await body();
        const request: SignoffRequest = await requestSignoff(deps, conference, id, user(), reason);
        await publishChange(deps, conference.slug, 'shifts', id);
        return c.json(request, 201, personal);
      },
  }),
  endpoint({
    method: 'get',
    path: apiRoutes.signoffRequests,
    summary: "The caller's sign-off requests, and the pending ones of roles they coordinate",
    responses: { 200: signoffRequestListSchema },
    problems: ['unauthenticated', 'conference_not_found'],
    auth: 'user',
    handler:
      (deps) =>
      async (c, { user }) => {
        const body: SignoffRequestList = await listSignoffRequests(
          deps.db,
          await conferenceOf(deps, c),
          user(),
        );
        return c.json(body, 200, personal);
      },
  }),
  endpoint({
    method: 'put',
    path: apiRoutes.signoffRequest,
    summary: 'Approve (signs the volunteer off; the waiting list moves up) or decline (coordinator)',
    body: decideSignoffRequestSchema,
    responses: { 200: signoffRequestSchema },
    problems: [
      'unauthenticated',
      'forbidden',
      'conference_not_found',
      'signoff_request_not_found',
      'signoff_request_decided',
    ],
    auth: 'user',
    handler:
      (deps) =>
      async (c, { body, user }) => {
        const conference = await conferenceOf(deps, c);
        const id = parseOrThrow(idSchema, c.req.param('requestId'), 'request id');
        const input = await body();
        const request: SignoffRequest = await decideSignoffRequest(deps, conference, id, user(), input);
        await publishChange(deps, conference.slug, 'shifts', request.shift.id);
        return c.json(request, 200, personal);
      },
  }),
  endpoint({
    method: 'get',
    path: apiRoutes.volunteerFeed,
    summary: "The caller's secret calendar feed token, if made",
    responses: { 200: volunteerFeedSchema },
    problems: ['unauthenticated', 'conference_not_found'],
    auth: 'user',
    handler:
      (deps) =>
      async (c, { user }) => {
        const token = await getFeedToken(deps.db, await conferenceOf(deps, c), user().id);
        const body: VolunteerFeed = { token };
        return c.json(body, 200, personal);
      },
  }),
  endpoint({
    method: 'post',
    path: apiRoutes.volunteerFeed,
    summary: 'Make a new calendar feed address (the old one stops working)',
    responses: { 201: volunteerFeedSchema },
    problems: ['unauthenticated', 'conference_not_found'],
    auth: 'user',
    handler:
      (deps) =>
      async (c, { user }) => {
        const conference = await conferenceOf(deps, c);
        const body: VolunteerFeed = {
          token: await renewFeedToken(deps.db, deps.clock, conference, user().id),
        };
        return c.json(body, 201, personal);
      },
  }),
  endpoint({
    method: 'get',
    path: apiRoutes.volunteerFeedIcs,
    route: FEED_ICS_ROUTE,
    summary: "A volunteer's shifts as iCalendar with reminders (secret address)",
    responses: { 200: null },
    problems: ['conference_not_found', 'feed_not_found'],
    produces: 'text/calendar',
    handler: (deps) => async (c) => {
      const conference = await conferenceOf(deps, c);
      const parsed = secretTokenSchema.safeParse((c.req.param('file') ?? '').replace(/\.ics$/, ''));
      if (!parsed.success) throw new HttpProblem('feed_not_found', 'This calendar address is unknown.');
      const body = await feedCalendar(deps.db, conference, parsed.data, deps.version);
      return c.body(body, 200, {
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': 'inline; filename="my-shifts.ics"',
        // Secret per person: no shared cache may keep it.
        'Cache-Control': 'private, no-cache',
      });
    },
  }),
]);

import type { Context } from 'hono';
import {
  apiRoutes,
  attendanceUpdateSchema,
  bulkShiftsSchema,
  createdShiftsSchema,
  createShiftSchema,
  rosterAddSchema,
  rosterSchema,
  shiftFiltersSchema,
  shiftListSchema,
  shiftSchema,
  signupRequestSchema,
  signupSchema,
  type CreatedShifts,
  type ProblemCode,
  type Roster,
  type Shift,
  type ShiftList,
  type Signup,
} from '@shared/contract';
import { signupRefusalCodes } from '@shared/volunteers/refusals';
import type { AppDeps } from '../../deps';
import { endpoint, endpointGroup } from '../../http/endpoint';
import { HttpProblem } from '../../http/problem';
import { conferenceOf } from '../conferences';
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

/** One tap should need no body; when there is one it must be valid JSON. */
const hasBody = (c: Context) =>
  c.req.header('content-type') !== undefined || Number(c.req.header('content-length') ?? 0) > 0;

const changed = (deps: AppDeps, slug: string, shiftId?: string) =>
  publishChange(deps, slug, 'shifts', shiftId);
const personal = { 'Cache-Control': 'no-store' };

const found: ProblemCode[] = ['conference_not_found', 'shift_not_found'];
const refusals = Object.values(signupRefusalCodes);
const coordinator: ProblemCode[] = ['unauthenticated', 'forbidden', ...found];

/** Shifts, sign-up and sign-off, waiting lists, hand-overs, and the coordinator's roster. */
export const shiftEndpoints = endpointGroup('shifts', { tag: 'volunteers' }, [
  endpoint({
    method: 'get',
    path: apiRoutes.shifts,
    summary:
      'Shifts with live counts; logged in, each carries your signup and whether you may sign up (verdict)',
    query: shiftFiltersSchema,
    responses: { 200: shiftListSchema },
    problems: ['conference_not_found', 'unauthenticated'],
    handler:
      (deps) =>
      async (c, { query }) => {
        const filters = query();
        const user = c.get('user');
        if (filters.mine && !user) throw new HttpProblem('unauthenticated', 'Log in to see your shifts.');
        const body: ShiftList = await listShifts(
          deps.db,
          deps.clock,
          await conferenceOf(deps, c),
          user,
          filters,
        );
        return c.json(body, 200, user ? personal : {});
      },
  }),
  endpoint({
    method: 'post',
    path: apiRoutes.shifts,
    summary: 'Create a shift (organizer or the role coordinator)',
    body: createShiftSchema,
    responses: { 201: shiftSchema },
    problems: ['unauthenticated', 'forbidden', 'conference_not_found', 'role_not_found'],
    auth: 'user',
    handler:
      (deps) =>
      async (c, { body, user }) => {
        const conference = await conferenceOf(deps, c);
        const input = await body();
        const shift: Shift = await createShift(deps.db, deps.clock, conference, user(), input);
        await changed(deps, conference.slug, shift.id);
        return c.json(shift, 201);
      },
  }),
  endpoint({
    method: 'post',
    path: apiRoutes.shiftsBulk,
    summary: 'Create shifts from time slots repeated over dates (organizer or the role coordinator)',
    body: bulkShiftsSchema,
    responses: { 201: createdShiftsSchema },
    problems: ['unauthenticated', 'forbidden', 'conference_not_found', 'role_not_found'],
    auth: 'user',
    handler:
      (deps) =>
      async (c, { body, user }) => {
        const conference = await conferenceOf(deps, c);
        const input = await body();
        const created: CreatedShifts = {
          shifts: await createShiftsFromPattern(deps.db, deps.clock, conference, user(), input),
        };
        await changed(deps, conference.slug);
        return c.json(created, 201);
      },
  }),
  endpoint({
    method: 'get',
    path: apiRoutes.shift,
    summary: 'One shift with counts and, logged in, your verdict',
    responses: { 200: shiftSchema },
    problems: found,
    handler: (deps) => async (c) => {
      const id = shiftIdParam(c);
      const user = c.get('user');
      const body: Shift = await getShift(deps.db, await conferenceOf(deps, c), user, deps.clock(), id);
      return c.json(body, 200, user ? personal : {});
    },
  }),
  endpoint({
    method: 'post',
    path: apiRoutes.shiftSignup,
    summary:
      'Sign up; on a full shift send {"waitlist": true} to join the waiting list. Refusals name the rule.',
    body: signupRequestSchema,
    responses: { 201: signupSchema },
    problems: ['unauthenticated', ...found, ...refusals],
    auth: 'user',
    handler:
      (deps) =>
      async (c, { body, user }) => {
        const conference = await conferenceOf(deps, c);
        const id = shiftIdParam(c);
        const { waitlist } = hasBody(c) ? await body() : signupRequestSchema.parse({});
        const signup: Signup = await signUp(deps, conference, id, user().id, { waitlist });
        await changed(deps, conference.slug, id);
        return c.json(signup, 201);
      },
  }),
  endpoint({
    method: 'delete',
    path: apiRoutes.shiftSignup,
    summary: 'Sign off (until the deadline) or leave the waiting list; the next eligible in line moves up',
    responses: { 204: null },
    problems: ['unauthenticated', ...found, 'not_signed_up', 'sign_off_deadline_passed'],
    auth: 'user',
    handler:
      (deps) =>
      async (c, { user }) => {
        const conference = await conferenceOf(deps, c);
        const id = shiftIdParam(c);
        await signOff(deps, conference, id, user());
        await changed(deps, conference.slug, id);
        return c.body(null, 204);
      },
  }),
  endpoint({
    method: 'post',
    path: apiRoutes.shiftHandover,
    summary: 'Offer your place for hand-over; you stay responsible until someone takes it',
    responses: { 200: signupSchema },
    problems: ['unauthenticated', ...found, 'not_signed_up', 'shift_started'],
    auth: 'user',
    handler:
      (deps) =>
      async (c, { user }) => {
        const conference = await conferenceOf(deps, c);
        const id = shiftIdParam(c);
        const body: Signup = await offerHandover(deps, conference, id, user());
        await changed(deps, conference.slug, id);
        return c.json(body);
      },
  }),
  endpoint({
    method: 'delete',
    path: apiRoutes.shiftHandover,
    summary: 'Withdraw your hand-over offer',
    responses: { 200: signupSchema },
    problems: ['unauthenticated', ...found, 'not_signed_up', 'shift_started'],
    auth: 'user',
    handler:
      (deps) =>
      async (c, { user }) => {
        const conference = await conferenceOf(deps, c);
        const id = shiftIdParam(c);
        const body: Signup = await withdrawHandover(deps, conference, id, user());
        await changed(deps, conference.slug, id);
        return c.json(body);
      },
  }),
  endpoint({
    method: 'post',
    path: apiRoutes.shiftHandoverTake,
    summary: 'Take over a place someone offered, in one atomic step',
    responses: { 200: signupSchema },
    problems: ['unauthenticated', ...found, 'no_handover_offered', ...refusals],
    auth: 'user',
    handler:
      (deps) =>
      async (c, { user }) => {
        const conference = await conferenceOf(deps, c);
        const id = shiftIdParam(c);
        const body: Signup = await takeHandover(deps, conference, id, user());
        await changed(deps, conference.slug, id);
        return c.json(body);
      },
  }),
  endpoint({
    method: 'get',
    path: apiRoutes.shiftRoster,
    summary: 'Who holds a place and who waits, with contacts (coordinator)',
    responses: { 200: rosterSchema },
    problems: coordinator,
    auth: 'user',
    handler:
      (deps) =>
      async (c, { user }) => {
        const conference = await conferenceOf(deps, c);
        const body: Roster = await getRoster(deps.db, deps.clock, conference, user(), shiftIdParam(c));
        return c.json(body, 200, personal);
      },
  }),
  endpoint({
    method: 'post',
    path: apiRoutes.shiftRoster,
    summary: 'Put a volunteer on the shift; overrideLimits waives rest and daily hours (coordinator)',
    body: rosterAddSchema,
    responses: { 201: signupSchema },
    problems: [...coordinator, 'user_not_found', ...refusals],
    auth: 'user',
    handler:
      (deps) =>
      async (c, { body, user }) => {
        const conference = await conferenceOf(deps, c);
        const id = shiftIdParam(c);
        const { userId, overrideLimits } = await body();
        const signup: Signup = await signUp(deps, conference, id, userId, {
          waitlist: false,
          coordinator: user(),
          overrideLimits,
        });
        await changed(deps, conference.slug, id);
        return c.json(signup, 201);
      },
  }),
  endpoint({
    method: 'put',
    path: apiRoutes.shiftRosterEntry,
    summary: 'Record arrived, worked or no-show (coordinator)',
    body: attendanceUpdateSchema,
    responses: { 200: signupSchema },
    problems: [...coordinator, 'not_signed_up'],
    auth: 'user',
    handler:
      (deps) =>
      async (c, { body, user }) => {
        const conference = await conferenceOf(deps, c);
        const id = shiftIdParam(c);
        const userId = userIdParam(c);
        const { attendance } = await body();
        const signup: Signup = await recordAttendance(deps, conference, id, user(), userId, attendance);
        await changed(deps, conference.slug, id);
        return c.json(signup);
      },
  }),
  endpoint({
    method: 'delete',
    path: apiRoutes.shiftRosterEntry,
    summary: 'Take a volunteer off the shift at any time; the next eligible in line moves up (coordinator)',
    responses: { 204: null },
    problems: [...coordinator, 'not_signed_up'],
    auth: 'user',
    handler:
      (deps) =>
      async (c, { user }) => {
        const conference = await conferenceOf(deps, c);
        const id = shiftIdParam(c);
        await removeFromShift(deps, conference, id, user(), userIdParam(c));
        await changed(deps, conference.slug, id);
        return c.body(null, 204);
      },
  }),
]);

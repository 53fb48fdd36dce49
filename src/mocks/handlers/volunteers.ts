import {
  apiRoutes,
  attendanceUpdateSchema,
  idSchema,
  membershipSchema,
  type MembershipStatus,
  roleListSchema,
  type Role,
  rosterSchema,
  type Shift,
  shiftFiltersSchema,
  shiftListSchema,
  type ShiftRef,
  type Signup,
  signupRequestSchema,
  signupSchema,
  type SignupStatus,
  slugSchema,
  type Attendance,
  volunteerProfileSchema,
  type VolunteerPolicy,
  type VolunteerProfile,
} from '@shared/contract';
import { type DemoEdition } from '@shared/demo';
import { demoVolunteerPlan, type DemoRole, type DemoShift } from '@shared/demo/volunteers';
import { conferenceDayBounds, conferenceDayOf, toInstant } from '@shared/time';
import { refusalDetail, signupRefusalCodes, type SignupRefusal } from '@shared/volunteers/refusals';
import {
  DEFAULT_VOLUNTEER_POLICY,
  moveUpVerdict,
  signOffDeadline,
  signOffVerdict,
  signupVerdict,
  type SignupFacts,
} from '@shared/volunteers/signup-rules';
import { http, HttpResponse } from 'msw';
import { getMockStore } from '../current-store';
import { problemResponse } from '../problem-response';
import { currentUser, findEdition, type MockStore, notifyChange } from '../store';
import { readJsonBody, readParam, readQuery, respond } from '../validate';

/**
 * Volunteer roles, shifts, sign-up, waiting lists, hand-overs and the roster over an in-memory
 * copy of the demo plan the server seeds (src/server/seed/demo-volunteers.ts). Verdicts come
 * from the shared rules, so the mock refuses exactly where the server does.
 */

/** The e2e server's clock: Thursday of the reference event, 10:30 in Strasbourg. */
export const MOCK_VOLUNTEER_NOW = '2025-10-16T08:30:00.000Z';

interface MockSignup {
  shiftId: string;
  userId: string;
  status: SignupStatus;
  queue: number;
  attendance: Attendance | null;
  createdAt: string;
}

interface MockRole extends DemoRole {
  coordinatorUserId: string | null;
}

export interface VolunteerState {
  slug: string;
  timeZone: string;
  now: Date;
  roles: MockRole[];
  shifts: (DemoShift & { description: string })[];
  memberships: Map<string, Map<string, MembershipStatus>>;
  signups: MockSignup[];
  profiles: Map<string, VolunteerProfile>;
  policy: VolunteerPolicy;
  queue: number;
}

const states = new WeakMap<MockStore, VolunteerState>();

function seed(store: MockStore, edition: DemoEdition): VolunteerState {
  const plan = demoVolunteerPlan(edition);
  const idOf = (email: string) => store.accounts.find((a) => a.email === email)?.id ?? null;
  const organizer = idOf('organizer@demo.test');
  const vera = idOf('volunteer@demo.test');
  const state: VolunteerState = {
    slug: edition.conference.slug,
    timeZone: edition.conference.timeZone,
    now: new Date(MOCK_VOLUNTEER_NOW),
    roles: plan.roles.map((r) => ({ ...r, coordinatorUserId: organizer })),
    shifts: plan.shifts.map((s) => ({ ...s, description: '' })),
    memberships: new Map(),
    signups: [],
    profiles: new Map(),
    policy: DEFAULT_VOLUNTEER_POLICY,
    queue: 0,
  };
  if (vera) {
    state.memberships.set(vera, new Map(plan.volunteer.memberships.map((m) => [m.role, m.status])));
    for (const shiftId of plan.volunteer.shiftIds) addSignup(state, shiftId, vera, 'confirmed');
    state.profiles.set(vera, { contact: 'Matrix: @vera:demo.test', shirtSize: 'M', languages: ['en', 'fr'] });
  }
  return state;
}

/** The volunteer data of the store's flagship edition (the server seeds only that one). */
export function getVolunteerState(store: MockStore = getMockStore()): VolunteerState {
  let state = states.get(store);
  if (!state) {
    state = seed(store, store.editions[0]!);
    states.set(store, state);
  }
  return state;
}

function addSignup(state: VolunteerState, shiftId: string, userId: string, status: SignupStatus) {
  const signup: MockSignup = {
    shiftId,
    userId,
    status,
    queue: ++state.queue,
    attendance: null,
    // Instants increase with the queue so the roster order is stable.
    createdAt: toInstant(new Date(state.now.getTime() + state.queue)),
  };
  state.signups.push(signup);
  return signup;
}

const roleOf = (state: VolunteerState, slug: string) => state.roles.find((r) => r.slug === slug)!;
const signupsOn = (state: VolunteerState, shiftId: string) =>
  state.signups.filter((s) => s.shiftId === shiftId).sort((a, b) => a.queue - b.queue);

function counts(state: VolunteerState, shiftId: string) {
  const on = signupsOn(state, shiftId);
  return {
    taken: on.filter((s) => s.status !== 'waiting').length,
    waiting: on.filter((s) => s.status === 'waiting').length,
    offered: on.filter((s) => s.status === 'offered-for-handover').length,
  };
}

function position(state: VolunteerState, signup: MockSignup): number | null {
  if (signup.status !== 'waiting') return null;
  return signupsOn(state, signup.shiftId).filter((s) => s.status === 'waiting' && s.queue <= signup.queue)
    .length;
}

function toSignup(state: VolunteerState, signup: MockSignup): Signup {
  return {
    shiftId: signup.shiftId,
    status: signup.status,
    position: position(state, signup),
    attendance: signup.attendance,
  };
}

function heldBy(state: VolunteerState, userId: string): ShiftRef[] {
  return state.signups
    .filter((s) => s.userId === userId && s.status !== 'waiting')
    .map((s) => {
      const shift = state.shifts.find((x) => x.id === s.shiftId)!;
      return {
        id: shift.id,
        roleName: roleOf(state, shift.role).name,
        place: shift.place,
        startsAt: shift.startsAt,
        endsAt: shift.endsAt,
      };
    });
}

function facts(state: VolunteerState, shift: DemoShift, userId: string, override = false): SignupFacts {
  const c = counts(state, shift.id);
  return {
    now: state.now,
    timeZone: state.timeZone,
    shift: { ...shift, taken: c.taken, waiting: c.waiting },
    role: { slug: shift.role, signupOpensHours: roleOf(state, shift.role).signupOpensHours },
    membership: state.memberships.get(userId)?.get(shift.role) ?? null,
    mine: state.signups.find((s) => s.shiftId === shift.id && s.userId === userId)?.status ?? null,
    otherShifts: heldBy(state, userId),
    noShows: state.signups.filter((s) => s.userId === userId && s.attendance === 'no-show').length,
    policy: state.policy,
    overrideLimits: override,
  };
}

function toShift(state: VolunteerState, shift: DemoShift & { description: string }, userId: string | null) {
  const role = roleOf(state, shift.role);
  const mine = userId ? state.signups.find((s) => s.shiftId === shift.id && s.userId === userId) : undefined;
  return {
    id: shift.id,
    role: shift.role,
    roleName: role.name,
    place: shift.place,
    startsAt: shift.startsAt,
    endsAt: shift.endsAt,
    day: conferenceDayOf(new Date(shift.startsAt), state.timeZone),
    capacity: shift.capacity,
    description: shift.description,
    ...counts(state, shift.id),
    signOffUntil: signOffDeadline(shift.startsAt, role.signOffDeadlineHours),
    mine: mine ? toSignup(state, mine) : null,
    verdict: userId ? signupVerdict(facts(state, shift, userId)) : null,
  } satisfies Shift;
}

/** The server's refusal: the rule's code, and the same sentence. */
function refusal(state: VolunteerState, verdict: SignupRefusal) {
  return problemResponse(signupRefusalCodes[verdict.kind], refusalDetail(verdict, state.timeZone));
}

/** Every answer carries the mock's clock, as the server's Lanyard-Now header does. */
function withClock(response: Response, state: VolunteerState): Response {
  response.headers.set('lanyard-now', state.now.toISOString());
  return response;
}

type Context = { state: VolunteerState; userId: string | null };

function contextOf(params: Record<string, string | readonly string[] | undefined>) {
  const store = getMockStore();
  const slug = readParam(slugSchema, params.slug);
  if (!slug || !findEdition(store, slug)) return { error: problemResponse('conference_not_found') };
  const state = getVolunteerState(store);
  const user = currentUser(store);
  return { ctx: { state, userId: user?.id ?? null }, store, slug, user, onFlagship: slug === state.slug };
}

const personal = { headers: { 'cache-control': 'no-store' } };

function findShift(ctx: Context, slug: string, params: Record<string, unknown>) {
  const id = readParam(idSchema, params.id as string | undefined);
  if (slug !== ctx.state.slug) return undefined;
  return ctx.state.shifts.find((s) => s.id === id);
}

const canCoordinate = (user: { id: string; roles: string[] }, role: MockRole) =>
  user.roles.includes('organizer') || role.coordinatorUserId === user.id;

function toRole(state: VolunteerState, store: MockStore, role: MockRole, userId: string | null): Role {
  const coordinator = store.accounts.find((a) => a.id === role.coordinatorUserId);
  return {
    slug: role.slug,
    name: role.name,
    description: role.description,
    access: role.access,
    signupOpensHours: role.signupOpensHours,
    signOffDeadlineHours: role.signOffDeadlineHours,
    coordinator: coordinator
      ? { id: coordinator.id, name: coordinator.name, contact: role.coordinatorContact }
      : null,
    membership: (userId && state.memberships.get(userId)?.get(role.slug)) || null,
  };
}

/** Gives freed places to the first eligible in line, as the server does in the same transaction. */
export function fillFreePlaces(state: VolunteerState, shift: DemoShift) {
  let free = shift.capacity - counts(state, shift.id).taken;
  for (const entry of signupsOn(state, shift.id).filter((s) => s.status === 'waiting')) {
    if (free <= 0) break;
    if (moveUpVerdict(facts(state, shift, entry.userId)).kind !== 'ok') continue;
    entry.status = 'confirmed';
    free--;
  }
}

export const volunteerHandlers = [
  http.get(apiRoutes.volunteerRoles, ({ params }) => {
    const c = contextOf(params);
    if (c.error) return c.error;
    const roles = c.onFlagship ? c.ctx.state.roles : [];
    return withClock(
      respond(
        roleListSchema,
        {
          roles: roles.map((r) => toRole(c.ctx.state, c.store, r, c.ctx.userId)),
          policy: c.ctx.state.policy,
        },
        personal,
      ),
      c.ctx.state,
    );
  }),

  http.post(apiRoutes.volunteerRoleJoin, ({ params }) => {
    const c = contextOf(params);
    if (c.error) return c.error;
    if (!c.ctx.userId) return problemResponse('unauthenticated');
    const slug = readParam(slugSchema, params.role);
    const role = c.onFlagship ? c.ctx.state.roles.find((r) => r.slug === slug) : undefined;
    if (!role) return problemResponse('role_not_found', `There is no volunteer role "${String(slug)}".`);
    const mine = c.ctx.state.memberships.get(c.ctx.userId) ?? new Map<string, MembershipStatus>();
    c.ctx.state.memberships.set(c.ctx.userId, mine);
    if (!mine.has(role.slug)) mine.set(role.slug, role.access === 'open' ? 'confirmed' : 'pending');
    return withClock(
      respond(membershipSchema, { role: role.slug, status: mine.get(role.slug)! }, personal),
      c.ctx.state,
    );
  }),

  http.get(apiRoutes.volunteerProfile, ({ params }) => {
    const c = contextOf(params);
    if (c.error) return c.error;
    if (!c.ctx.userId) return problemResponse('unauthenticated');
    const profile = c.ctx.state.profiles.get(c.ctx.userId) ?? {
      contact: null,
      shirtSize: null,
      languages: [],
    };
    return respond(volunteerProfileSchema, profile, personal);
  }),

  http.put(apiRoutes.volunteerProfile, async ({ params, request }) => {
    const c = contextOf(params);
    if (c.error) return c.error;
    if (!c.ctx.userId) return problemResponse('unauthenticated');
    const body = await readJsonBody(request, volunteerProfileSchema);
    if (!body.ok) return body.response;
    c.ctx.state.profiles.set(c.ctx.userId, body.data);
    return respond(volunteerProfileSchema, body.data, personal);
  }),

  http.get(apiRoutes.shifts, ({ params, request }) => {
    const c = contextOf(params);
    if (c.error) return c.error;
    const filters = readQuery(request, shiftFiltersSchema);
    if (!filters.ok) return filters.response;
    const f = filters.data;
    if (f.mine && !c.ctx.userId) return problemResponse('unauthenticated', 'Log in to see your shifts.');
    const { state } = c.ctx;
    const all = c.onFlagship ? state.shifts : [];
    const bounds = f.day ? conferenceDayBounds(f.day, state.timeZone) : undefined;
    const shifts = all
      .filter((s) => !f.role || s.role === f.role)
      .filter((s) => !f.place || s.place === f.place)
      .filter(
        (s) => !bounds || (Date.parse(s.startsAt) >= +bounds.start && Date.parse(s.startsAt) < +bounds.end),
      )
      .map((s) => toShift(state, s, c.ctx.userId))
      .filter((s) => !f.mine || s.mine !== null)
      .filter((s) => !f.offered || s.offered > 0)
      .filter(
        (s) =>
          !f.available ||
          (s.verdict
            ? s.verdict.kind === 'ok'
            : Date.parse(s.startsAt) > state.now.getTime() && s.taken < s.capacity),
      )
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    const places = [...new Set(all.map((s) => s.place))].sort();
    return withClock(respond(shiftListSchema, { shifts, places }, personal), state);
  }),

  http.post(apiRoutes.shiftSignup, async ({ params, request }) => {
    const c = contextOf(params);
    if (c.error) return c.error;
    if (!c.ctx.userId) return problemResponse('unauthenticated');
    const shift = findShift(c.ctx, c.slug, params);
    if (!shift) return problemResponse('shift_not_found');
    let waitlist = false;
    if (request.headers.get('content-type')) {
      const body = await readJsonBody(request, signupRequestSchema);
      if (!body.ok) return body.response;
      waitlist = body.data.waitlist;
    }
    const { state } = c.ctx;
    const verdict = signupVerdict(facts(state, shift, c.ctx.userId));
    const waiting = verdict.kind === 'full' && waitlist;
    if (verdict.kind !== 'ok' && !waiting) return withClock(refusal(state, verdict), state);
    const signup = addSignup(state, shift.id, c.ctx.userId, waiting ? 'waiting' : 'confirmed');
    notifyChange(c.store, c.slug, 'shifts', shift.id);
    return withClock(respond(signupSchema, toSignup(state, signup), { status: 201 }), state);
  }),

  http.delete(apiRoutes.shiftSignup, ({ params }) => {
    const c = contextOf(params);
    if (c.error) return c.error;
    if (!c.ctx.userId) return problemResponse('unauthenticated');
    const shift = findShift(c.ctx, c.slug, params);
    if (!shift) return problemResponse('shift_not_found');
    const { state } = c.ctx;
    const mine = state.signups.find((s) => s.shiftId === shift.id && s.userId === c.ctx.userId);
    if (!mine) return problemResponse('not_signed_up', 'You are not signed up for this shift.');
    const role = roleOf(state, shift.role);
    const verdict = signOffVerdict({
      now: state.now,
      startsAt: shift.startsAt,
      signOffDeadlineHours: role.signOffDeadlineHours,
      status: mine.status,
    });
    if (verdict.kind === 'deadline_passed') {
      return withClock(
        problemResponse(
          'sign_off_deadline_passed',
          'Signing off has closed. Ask the coordinator, or offer the shift for hand-over.',
        ),
        state,
      );
    }
    state.signups.splice(state.signups.indexOf(mine), 1);
    fillFreePlaces(state, shift);
    notifyChange(c.store, c.slug, 'shifts', shift.id);
    return withClock(new HttpResponse(null, { status: 204 }), state);
  }),

  ...(['post', 'delete'] as const).map((method) =>
    http[method](apiRoutes.shiftHandover, ({ params }) => {
      const c = contextOf(params);
      if (c.error) return c.error;
      if (!c.ctx.userId) return problemResponse('unauthenticated');
      const shift = findShift(c.ctx, c.slug, params);
      if (!shift) return problemResponse('shift_not_found');
      const { state } = c.ctx;
      const mine = state.signups.find((s) => s.shiftId === shift.id && s.userId === c.ctx.userId);
      if (!mine || mine.status === 'waiting') return problemResponse('not_signed_up');
      if (state.now.getTime() >= Date.parse(shift.startsAt)) return problemResponse('shift_started');
      mine.status = method === 'post' ? 'offered-for-handover' : 'confirmed';
      notifyChange(c.store, c.slug, 'shifts', shift.id);
      return withClock(respond(signupSchema, toSignup(state, mine)), state);
    }),
  ),

  http.post(apiRoutes.shiftHandoverTake, ({ params }) => {
    const c = contextOf(params);
    if (c.error) return c.error;
    const userId = c.ctx.userId;
    if (!userId) return problemResponse('unauthenticated');
    const shift = findShift(c.ctx, c.slug, params);
    if (!shift) return problemResponse('shift_not_found');
    const { state } = c.ctx;
    const on = signupsOn(state, shift.id);
    const offer = on.find((s) => s.status === 'offered-for-handover' && s.userId !== userId);
    if (!offer) return problemResponse('no_handover_offered');
    const verdict = moveUpVerdict(facts(state, shift, userId));
    if (verdict.kind !== 'ok') return withClock(refusal(state, verdict), state);
    state.signups.splice(state.signups.indexOf(offer), 1);
    const waiting = on.find((s) => s.userId === userId);
    const taken = waiting ?? addSignup(state, shift.id, userId, 'confirmed');
    taken.status = 'confirmed';
    notifyChange(c.store, c.slug, 'shifts', shift.id);
    return withClock(respond(signupSchema, toSignup(state, taken)), state);
  }),

  http.get(apiRoutes.shiftRoster, ({ params }) => {
    const c = contextOf(params);
    if (c.error) return c.error;
    if (!c.user) return problemResponse('unauthenticated');
    const shift = findShift(c.ctx, c.slug, params);
    if (!shift) return problemResponse('shift_not_found');
    const { state } = c.ctx;
    if (!canCoordinate(c.user, roleOf(state, shift.role))) return problemResponse('forbidden');
    const entries = signupsOn(state, shift.id)
      .sort((a, b) => Number(a.status === 'waiting') - Number(b.status === 'waiting'))
      .map((s) => {
        const account = c.store.accounts.find((a) => a.id === s.userId)!;
        return {
          user: { id: account.id, name: account.name, email: account.email },
          profile: state.profiles.get(account.id) ?? null,
          status: s.status,
          position: position(state, s),
          attendance: s.attendance,
          signedUpAt: s.createdAt,
        };
      });
    return withClock(
      respond(rosterSchema, { shift: toShift(state, shift, c.user.id), entries }, personal),
      state,
    );
  }),

  http.put(apiRoutes.shiftRosterEntry, async ({ params, request }) => {
    const c = contextOf(params);
    if (c.error) return c.error;
    if (!c.user) return problemResponse('unauthenticated');
    const shift = findShift(c.ctx, c.slug, params);
    if (!shift) return problemResponse('shift_not_found');
    const { state } = c.ctx;
    if (!canCoordinate(c.user, roleOf(state, shift.role))) return problemResponse('forbidden');
    const body = await readJsonBody(request, attendanceUpdateSchema);
    if (!body.ok) return body.response;
    const entry = state.signups.find((s) => s.shiftId === shift.id && s.userId === params.userId);
    if (!entry || entry.status === 'waiting') {
      return problemResponse('not_signed_up', 'This volunteer holds no place on this shift.');
    }
    entry.attendance = body.data.attendance;
    notifyChange(c.store, c.slug, 'shifts', shift.id);
    return withClock(respond(signupSchema, toSignup(state, entry)), state);
  }),
];

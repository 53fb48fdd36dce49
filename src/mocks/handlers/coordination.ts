import {
  apiRoutes,
  bulkShiftsSchema,
  createdShiftsSchema,
  createRoleSchema,
  createShiftSchema,
  fieldErrors,
  type HoursPolicy,
  hoursPolicySchema,
  hoursReportSchema,
  idSchema,
  makeProblem,
  PROBLEM_CONTENT_TYPE,
  messageListQuerySchema,
  myHoursSchema,
  roleSchema,
  sendMessageSchema,
  type Shift,
  shiftGenerationPreviewSchema,
  shiftGenerationSchema,
  shiftSchema,
  slugSchema,
  updateRoleSchema,
  updateShiftSchema,
  deleteRoleQuerySchema,
  type RoleDependent,
  type VolunteerMessage,
  volunteerMessageListSchema,
  volunteerMessageSchema,
} from '@shared/contract';
import { conferenceDayOf, toInstant } from '@shared/time';
import { DEFAULT_HOURS_POLICY, hoursWorked } from '@shared/volunteers/hours';
import { expandShiftPattern } from '@shared/volunteers/shift-pattern';
import { shiftsForSessions } from '@shared/volunteers/shift-generation';
import { signOffDeadline } from '@shared/volunteers/signup-rules';
import { http, HttpResponse } from 'msw';
import { getMockStore } from '../current-store';
import { problemResponse } from '../problem-response';
import { currentUser, findEdition, type MockStore, notifyChange } from '../store';
import { readJsonBody, readParam, readQuery, respond } from '../validate';
import { fillFreePlaces, getVolunteerState, type VolunteerState } from './volunteers';

/**
 * Volunteer coordination over the volunteer mock's state: editing, deleting and generating
 * shifts, roles, messages and hours, with the server's rules and refusal codes.
 */

interface MockMessage extends VolunteerMessage {
  to: string[];
}

interface CoordinationState {
  messages: MockMessage[];
  policy: HoursPolicy;
  seq: number;
}

const states = new WeakMap<MockStore, CoordinationState>();

function coordinationOf(store: MockStore): CoordinationState {
  let state = states.get(store);
  if (!state) {
    state = { messages: [], policy: DEFAULT_HOURS_POLICY, seq: 0 };
    states.set(store, state);
  }
  return state;
}

type MockShift = VolunteerState['shifts'][number];

function context(params: Record<string, string | readonly string[] | undefined>) {
  const store = getMockStore();
  const slug = readParam(slugSchema, params.slug);
  const edition = slug ? findEdition(store, slug) : undefined;
  if (!edition) return { error: problemResponse('conference_not_found') };
  const state = getVolunteerState(store);
  return { store, edition, state, user: currentUser(store), onFlagship: slug === state.slug };
}

const canCoordinate = (state: VolunteerState, user: { id: string; roles: string[] }, roleSlug: string) =>
  user.roles.includes('organizer') ||
  state.roles.find((r) => r.slug === roleSlug)?.coordinatorUserId === user.id;

function toShift(state: VolunteerState, s: MockShift): Shift {
  const role = state.roles.find((r) => r.slug === s.role)!;
  const on = state.signups.filter((g) => g.shiftId === s.id);
  return shiftSchema.parse({
    ...s,
    roleName: role.name,
    day: conferenceDayOf(new Date(s.startsAt), state.timeZone),
    taken: on.filter((g) => g.status !== 'waiting').length,
    waiting: on.filter((g) => g.status === 'waiting').length,
    offered: on.filter((g) => g.status === 'offered-for-handover').length,
    signOffUntil: signOffDeadline(s.startsAt, role.signOffDeadlineHours),
    mine: null,
    verdict: null,
  });
}

const nameOf = (store: MockStore, id: string) => store.accounts.find((a) => a.id === id)?.name ?? id;
const snapshot = (state: VolunteerState, s: MockShift) => ({
  roleName: state.roles.find((r) => r.slug === s.role)!.name,
  place: s.place,
  startsAt: s.startsAt,
  endsAt: s.endsAt,
});

function deliver(
  store: MockStore,
  state: VolunteerState,
  m: Omit<MockMessage, 'id' | 'recipients' | 'sentAt'>,
): MockMessage {
  const c = coordinationOf(store);
  const to = [...new Set(m.to)];
  const message = { ...m, to, id: `msg-${++c.seq}`, recipients: to.length, sentAt: toInstant(state.now) };
  c.messages.unshift(message);
  return message;
}

const publicMessage = ({ to: _to, ...m }: MockMessage): VolunteerMessage => m;

let createdIds = 0;
const newShift = (state: VolunteerState, fields: Omit<MockShift, 'id'>): MockShift => {
  const shift = { ...fields, id: `${state.slug}.shift.mock-${++createdIds}` };
  state.shifts.push(shift);
  return shift;
};

export const coordinationHandlers = [
  http.post(apiRoutes.volunteerRoles, async ({ params, request }) => {
    const c = context(params);
    if (c.error) return c.error;
    if (!c.user) return problemResponse('unauthenticated');
    if (!c.user.roles.includes('organizer')) return problemResponse('forbidden');
    const body = await readJsonBody(request, createRoleSchema);
    if (!body.ok) return body.response;
    const input = body.data;
    if (c.state.roles.some((r) => r.slug === input.slug)) return problemResponse('role_slug_taken');
    c.state.roles.push({
      slug: input.slug,
      name: input.name,
      description: input.description,
      access: input.access,
      signupOpensHours: input.signupOpensHours,
      signOffDeadlineHours: input.signOffDeadlineHours,
      coordinatorContact: input.coordinatorContact ?? '',
      coordinatorUserId: input.coordinatorUserId,
    });
    notifyChange(c.store, c.state.slug, 'shifts');
    const coordinator = c.store.accounts.find((a) => a.id === input.coordinatorUserId);
    return respond(
      roleSchema,
      {
        ...input,
        coordinator: coordinator
          ? { id: coordinator.id, name: coordinator.name, contact: input.coordinatorContact }
          : null,
        membership: null,
      },
      { status: 201 },
    );
  }),

  http.patch(apiRoutes.volunteerRole, async ({ params, request }) => {
    const c = context(params);
    if (c.error) return c.error;
    if (!c.user) return problemResponse('unauthenticated');
    if (!c.user.roles.includes('organizer')) return problemResponse('forbidden');
    const role = c.state.roles.find((r) => r.slug === readParam(slugSchema, params.role));
    if (!role) return problemResponse('role_not_found');
    const body = await readJsonBody(request, updateRoleSchema);
    if (!body.ok) return body.response;
    const input = body.data;
    const coordinatorId = input.coordinatorUserId;
    if (coordinatorId && !c.store.accounts.some((a) => a.id === coordinatorId)) {
      return problemResponse('user_not_found');
    }
    const { coordinatorUserId, coordinatorContact, ...plain } = input;
    Object.assign(role, Object.fromEntries(Object.entries(plain).filter(([, v]) => v !== undefined)));
    if (coordinatorUserId !== undefined) role.coordinatorUserId = coordinatorUserId;
    if (coordinatorContact !== undefined) role.coordinatorContact = coordinatorContact ?? '';
    notifyChange(c.store, c.state.slug, 'shifts');
    const coordinator = c.store.accounts.find((a) => a.id === role.coordinatorUserId);
    return respond(roleSchema, {
      ...role,
      coordinator: coordinator
        ? { id: coordinator.id, name: coordinator.name, contact: role.coordinatorContact || null }
        : null,
      membership: c.state.memberships.get(c.user.id)?.get(role.slug) ?? null,
    });
  }),

  http.delete(apiRoutes.volunteerRole, ({ params, request }) => {
    const c = context(params);
    if (c.error) return c.error;
    const query = readQuery(request, deleteRoleQuerySchema);
    if (!query.ok) return query.response;
    if (!c.user) return problemResponse('unauthenticated');
    if (!c.user.roles.includes('organizer')) return problemResponse('forbidden');
    const role = c.state.roles.find((r) => r.slug === readParam(slugSchema, params.role));
    if (!role) return problemResponse('role_not_found');
    const shifts = c.state.shifts.filter((s) => s.role === role.slug);
    const ids = new Set(shifts.map((s) => s.id));
    const signups = c.state.signups.filter((g) => ids.has(g.shiftId));
    if (signups.some((g) => g.attendance !== null)) return problemResponse('role_has_history');
    const members = [...c.state.memberships].filter(([, m]) => m.has(role.slug)).map(([id]) => id);
    const dependents: RoleDependent[] = [];
    if (shifts.length > 0) {
      dependents.push({
        kind: 'shifts',
        count: shifts.length,
        examples: shifts.slice(0, 5).map((s) => `${s.place}, ${s.startsAt.slice(0, 16).replace('T', ' ')}`),
      });
    }
    if (members.length > 0) {
      dependents.push({
        kind: 'members',
        count: members.length,
        examples: members.slice(0, 5).map((id) => nameOf(c.store, id)),
      });
    }
    if (dependents.length > 0 && query.data.confirm !== 'true') {
      const problem = { ...makeProblem('role_in_use'), dependents };
      return HttpResponse.json(problem, {
        status: problem.status,
        headers: { 'content-type': PROBLEM_CONTENT_TYPE },
      });
    }
    for (const s of shifts) {
      const to = c.state.signups.filter((g) => g.shiftId === s.id).map((g) => g.userId);
      if (to.length === 0 || Date.parse(s.endsAt) <= c.state.now.getTime()) continue;
      deliver(c.store, c.state, {
        kind: 'shift-cancelled',
        target: { kind: 'shift', label: `${role.name} · ${s.place}` },
        shift: snapshot(c.state, s),
        body: '',
        to,
        sender: { id: c.user.id, name: c.user.name },
      });
    }
    c.state.signups = c.state.signups.filter((g) => !ids.has(g.shiftId));
    c.state.shifts = c.state.shifts.filter((s) => !ids.has(s.id));
    for (const m of c.state.memberships.values()) m.delete(role.slug);
    c.state.roles = c.state.roles.filter((r) => r !== role);
    notifyChange(c.store, c.state.slug, 'shifts');
    return new HttpResponse(null, { status: 204 });
  }),

  http.post(apiRoutes.shifts, async ({ params, request }) => {
    const c = context(params);
    if (c.error) return c.error;
    if (!c.user) return problemResponse('unauthenticated');
    const body = await readJsonBody(request, createShiftSchema);
    if (!body.ok) return body.response;
    if (!c.state.roles.some((r) => r.slug === body.data.role)) return problemResponse('role_not_found');
    if (!canCoordinate(c.state, c.user, body.data.role)) return problemResponse('forbidden');
    const shift = newShift(c.state, body.data);
    notifyChange(c.store, c.state.slug, 'shifts', shift.id);
    return respond(shiftSchema, toShift(c.state, shift), { status: 201 });
  }),

  http.post(apiRoutes.shiftsBulk, async ({ params, request }) => {
    const c = context(params);
    if (c.error) return c.error;
    if (!c.user) return problemResponse('unauthenticated');
    const body = await readJsonBody(request, bulkShiftsSchema);
    if (!body.ok) return body.response;
    const { dates, slots, ...fields } = body.data;
    if (!c.state.roles.some((r) => r.slug === fields.role)) return problemResponse('role_not_found');
    if (!canCoordinate(c.state, c.user, fields.role)) return problemResponse('forbidden');
    const created = expandShiftPattern(dates, slots, c.state.timeZone).map((times) =>
      newShift(c.state, { ...fields, ...times }),
    );
    notifyChange(c.store, c.state.slug, 'shifts');
    return respond(createdShiftsSchema, { shifts: created.map((s) => toShift(c.state, s)) }, { status: 201 });
  }),

  ...[apiRoutes.shiftsFromSchedulePreview, apiRoutes.shiftsFromSchedule].map((path) =>
    http.post(path, async ({ params, request }) => {
      const c = context(params);
      if (c.error) return c.error;
      if (!c.user) return problemResponse('unauthenticated');
      const body = await readJsonBody(request, shiftGenerationSchema);
      if (!body.ok) return body.response;
      const input = body.data;
      if (!c.state.roles.some((r) => r.slug === input.role)) return problemResponse('role_not_found');
      if (!canCoordinate(c.state, c.user, input.role)) return problemResponse('forbidden');
      const rooms = c.edition.conference.rooms.filter((r) => input.rooms.includes(r.slug));
      const missing = input.rooms.filter((slug) => !rooms.some((r) => r.slug === slug));
      if (missing.length > 0) {
        return problemResponse('validation_failed', 'Unknown rooms.', {
          rooms: missing.map((slug) => `No room "${slug}"`),
        });
      }
      const sessions = c.edition.sessions.filter(
        (s) =>
          s.status !== 'cancelled' &&
          rooms.some((r) => r.id === s.roomId) &&
          (input.days.length === 0 ||
            input.days.includes(conferenceDayOf(new Date(s.startsAt), c.state.timeZone))),
      );
      const generated = shiftsForSessions(
        sessions.map((s) => ({
          code: s.code,
          place: rooms.find((r) => r.id === s.roomId)!.name,
          startsAt: s.startsAt,
          endsAt: s.endsAt,
        })),
        input,
      );
      const have = new Set(
        c.state.shifts
          .filter((s) => s.role === input.role)
          .map((s) => `${s.place}|${s.startsAt}|${s.endsAt}`),
      );
      const fresh = generated.filter((g) => !have.has(`${g.place}|${g.startsAt}|${g.endsAt}`));
      if (path === apiRoutes.shiftsFromSchedulePreview) {
        return respond(shiftGenerationPreviewSchema, {
          count: fresh.length,
          sessions: sessions.length,
          existing: generated.length - fresh.length,
          first: fresh.slice(0, 5),
        });
      }
      if (fresh.length === 0) return problemResponse('no_sessions_match');
      const created = fresh.map((g) =>
        newShift(c.state, {
          role: input.role,
          place: g.place,
          startsAt: g.startsAt,
          endsAt: g.endsAt,
          capacity: input.capacity,
          description: input.description,
        }),
      );
      notifyChange(c.store, c.state.slug, 'shifts');
      return respond(
        createdShiftsSchema,
        { shifts: created.map((s) => toShift(c.state, s)) },
        { status: 201 },
      );
    }),
  ),

  http.patch(apiRoutes.shift, async ({ params, request }) => {
    const c = context(params);
    if (c.error) return c.error;
    if (!c.user) return problemResponse('unauthenticated');
    const id = readParam(idSchema, params.id);
    const shift = c.state.shifts.find((s) => s.id === id);
    if (!shift) return problemResponse('shift_not_found');
    if (!canCoordinate(c.state, c.user, shift.role)) return problemResponse('forbidden');
    const body = await readJsonBody(request, updateShiftSchema);
    if (!body.ok) return body.response;
    const merged = createShiftSchema.safeParse({ ...shift, ...body.data });
    if (!merged.success) {
      return problemResponse('validation_failed', 'Some fields are not valid.', fieldErrors(merged.error));
    }
    const next = merged.data;
    const on = c.state.signups.filter((g) => g.shiftId === shift.id);
    const holders = on.filter((g) => g.status !== 'waiting');
    if (next.role !== shift.role) {
      if (!c.state.roles.some((r) => r.slug === next.role)) return problemResponse('role_not_found');
      if (on.length > 0) return problemResponse('shift_role_locked');
    }
    if (next.capacity < holders.length) {
      return problemResponse('capacity_below_signups', undefined, {
        capacity: [`At least ${holders.length}`],
      });
    }
    const timesChanged = next.startsAt !== shift.startsAt || next.endsAt !== shift.endsAt;
    if (timesChanged) {
      const clashing = holders.filter((h) =>
        c.state.signups.some((g) => {
          if (g.userId !== h.userId || g.shiftId === shift.id || g.status === 'waiting') return false;
          const other = c.state.shifts.find((s) => s.id === g.shiftId)!;
          return other.startsAt < next.endsAt && next.startsAt < other.endsAt;
        }),
      );
      if (clashing.length > 0) {
        return problemResponse('shift_change_overlaps', undefined, {
          people: clashing.map((h) => nameOf(c.store, h.userId)),
        });
      }
    }
    const placeChanged = next.place !== shift.place;
    Object.assign(shift, next);
    fillFreePlaces(c.state, shift);
    if ((timesChanged || placeChanged) && on.length > 0) {
      deliver(c.store, c.state, {
        kind: 'shift-changed',
        body: '',
        sender: { id: c.user.id, name: c.user.name },
        target: { kind: 'shift', label: `${snapshot(c.state, shift).roleName} · ${shift.place}` },
        shift: snapshot(c.state, shift),
        to: on.map((g) => g.userId),
      });
    }
    notifyChange(c.store, c.state.slug, 'shifts', shift.id);
    return respond(shiftSchema, toShift(c.state, shift));
  }),

  http.delete(apiRoutes.shift, ({ params, request }) => {
    const c = context(params);
    if (c.error) return c.error;
    if (!c.user) return problemResponse('unauthenticated');
    const id = readParam(idSchema, params.id);
    const shift = c.state.shifts.find((s) => s.id === id);
    if (!shift) return problemResponse('shift_not_found');
    if (!canCoordinate(c.state, c.user, shift.role)) return problemResponse('forbidden');
    const confirm = new URL(request.url).searchParams.get('confirm') === 'true';
    const on = c.state.signups.filter((g) => g.shiftId === shift.id);
    if (on.length > 0 && !confirm) {
      return problemResponse('shift_has_signups', undefined, {
        people: on.map((g) => nameOf(c.store, g.userId)),
      });
    }
    if (on.length > 0) {
      deliver(c.store, c.state, {
        kind: 'shift-cancelled',
        body: '',
        sender: { id: c.user.id, name: c.user.name },
        target: { kind: 'shift', label: `${snapshot(c.state, shift).roleName} · ${shift.place}` },
        shift: snapshot(c.state, shift),
        to: on.map((g) => g.userId),
      });
    }
    c.state.signups = c.state.signups.filter((g) => g.shiftId !== shift.id);
    c.state.shifts = c.state.shifts.filter((s) => s.id !== shift.id);
    notifyChange(c.store, c.state.slug, 'shifts', shift.id);
    return new HttpResponse(null, { status: 204 });
  }),

  http.get(apiRoutes.volunteerMessages, ({ params, request }) => {
    const c = context(params);
    if (c.error) return c.error;
    if (!c.user) return problemResponse('unauthenticated');
    const query = readQuery(request, messageListQuerySchema);
    if (!query.ok) return query.response;
    const user = c.user;
    const all = coordinationOf(c.store).messages;
    const messages = query.data.sent
      ? all.filter((m) => m.kind === 'text' && (user.roles.includes('organizer') || m.sender?.id === user.id))
      : all.filter((m) => m.to.includes(user.id));
    return respond(volunteerMessageListSchema, { messages: messages.map(publicMessage) });
  }),

  http.post(apiRoutes.volunteerMessages, async ({ params, request }) => {
    const c = context(params);
    if (c.error) return c.error;
    if (!c.user) return problemResponse('unauthenticated');
    const body = await readJsonBody(request, sendMessageSchema);
    if (!body.ok) return body.response;
    const { target } = body.data;
    let delivery: Pick<MockMessage, 'target' | 'shift' | 'to'>;
    if (target.kind === 'shift') {
      const shift = c.state.shifts.find((s) => s.id === target.shiftId);
      if (!shift) return problemResponse('shift_not_found');
      if (!canCoordinate(c.state, c.user, shift.role)) return problemResponse('forbidden');
      const snap = snapshot(c.state, shift);
      delivery = {
        target: { kind: 'shift', label: `${snap.roleName} · ${shift.place}` },
        shift: snap,
        to: c.state.signups.filter((g) => g.shiftId === shift.id).map((g) => g.userId),
      };
    } else {
      const role = c.state.roles.find((r) => r.slug === target.role);
      if (!role) return problemResponse('role_not_found');
      if (!canCoordinate(c.state, c.user, role.slug)) return problemResponse('forbidden');
      delivery = {
        target: { kind: 'role', label: role.name },
        shift: null,
        to: [...c.state.memberships].filter(([, m]) => m.has(role.slug)).map(([userId]) => userId),
      };
    }
    if (delivery.to.length === 0) return problemResponse('message_no_recipients');
    const message = deliver(c.store, c.state, {
      ...delivery,
      kind: 'text',
      body: body.data.body,
      sender: { id: c.user.id, name: c.user.name },
    });
    notifyChange(c.store, c.state.slug, 'shifts');
    return respond(volunteerMessageSchema, publicMessage(message), { status: 201 });
  }),

  http.get(apiRoutes.volunteerHoursMine, ({ params }) => {
    const c = context(params);
    if (c.error) return c.error;
    if (!c.user) return problemResponse('unauthenticated');
    const { policy } = coordinationOf(c.store);
    return respond(myHoursSchema, {
      policy,
      totals: hoursWorked(workedBy(c.state, c.user.id), policy, c.state.timeZone),
    });
  }),

  http.get(apiRoutes.volunteerHours, ({ params }) => {
    const c = context(params);
    if (c.error) return c.error;
    if (!c.user) return problemResponse('unauthenticated');
    // As on the server: organizers see everyone, a coordinator the people of their own roles.
    const user = c.user;
    const mine = c.state.roles.filter((r) => canCoordinate(c.state, user, r.slug)).map((r) => r.slug);
    if (mine.length === 0) return problemResponse('forbidden');
    const all = user.roles.includes('organizer');
    const { policy } = coordinationOf(c.store);
    const theirShifts = new Set(c.state.shifts.filter((s) => mine.includes(s.role)).map((s) => s.id));
    const people = new Set([
      ...[...c.state.memberships].filter(([, m]) => all || mine.some((r) => m.has(r))).map(([id]) => id),
      ...c.state.signups.filter((g) => all || theirShifts.has(g.shiftId)).map((g) => g.userId),
    ]);
    const volunteers = [...people]
      .map((id) => {
        const account = c.store.accounts.find((a) => a.id === id);
        const roles = [...(c.state.memberships.get(id)?.keys() ?? [])]
          .filter((slug) => all || mine.includes(slug))
          .map((slug) => c.state.roles.find((r) => r.slug === slug)?.name ?? slug);
        return {
          user: { id, name: account?.name ?? id, email: account?.email ?? '' },
          roles,
          ...hoursWorked(workedBy(c.state, id), policy, c.state.timeZone),
        };
      })
      .sort((a, b) => b.creditedHours - a.creditedHours || a.user.name.localeCompare(b.user.name));
    return respond(hoursReportSchema, { policy, volunteers });
  }),

  http.get(apiRoutes.volunteerHoursPolicy, ({ params }) => {
    const c = context(params);
    if (c.error) return c.error;
    return respond(hoursPolicySchema, coordinationOf(c.store).policy);
  }),

  http.put(apiRoutes.volunteerHoursPolicy, async ({ params, request }) => {
    const c = context(params);
    if (c.error) return c.error;
    if (!c.user) return problemResponse('unauthenticated');
    if (!c.user.roles.includes('organizer')) return problemResponse('forbidden');
    const body = await readJsonBody(request, hoursPolicySchema);
    if (!body.ok) return body.response;
    coordinationOf(c.store).policy = body.data;
    notifyChange(c.store, c.state.slug, 'shifts');
    return respond(hoursPolicySchema, body.data);
  }),
];

function workedBy(state: VolunteerState, userId: string) {
  return state.signups
    .filter((g) => g.userId === userId && g.attendance === 'worked')
    .map((g) => state.shifts.find((s) => s.id === g.shiftId)!)
    .filter(Boolean);
}

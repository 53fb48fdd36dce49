import {
  apiRoutes,
  briefingCodeSchema,
  briefingConfirmedSchema,
  createdInviteSchema,
  createInviteSchema,
  createSignoffRequestSchema,
  decideSignoffRequestSchema,
  idSchema,
  inviteAcceptedSchema,
  inviteListSchema,
  invitePreviewSchema,
  type Invite,
  type MembershipStatus,
  secretTokenSchema,
  type SignoffRequest,
  signoffRequestListSchema,
  signoffRequestSchema,
  slugSchema,
  volunteerFeedSchema,
} from '@shared/contract';
import { randomToken } from '@shared/text/codes';
import { toInstant } from '@shared/time';
import { signOffDeadline } from '@shared/volunteers/signup-rules';
import { http, HttpResponse } from 'msw';
import { getMockStore } from '../current-store';
import { problemResponse } from '../problem-response';
import { currentUser, findEdition, type MockStore, notifyChange } from '../store';
import { readJsonBody, readParam, respond } from '../validate';
import { fillFreePlaces, getVolunteerState, type VolunteerState } from './volunteers';

/**
 * Invite links, briefing codes, late sign-off requests and the calendar feed, over the volunteer
 * mock's state (memberships, signups) so joining or signing off shows on every volunteer page.
 */

interface MockInvite extends Invite {
  token: string;
  usedBy: Set<string>;
}

interface VolunteeringState {
  invites: MockInvite[];
  briefings: Map<string, { role: string; expiresAt: string }>;
  requests: SignoffRequest[];
  feeds: Map<string, string>;
}

const states = new WeakMap<MockStore, VolunteeringState>();

function stateOf(store: MockStore): VolunteeringState {
  let state = states.get(store);
  if (!state) {
    state = { invites: [], briefings: new Map(), requests: [], feeds: new Map() };
    states.set(store, state);
  }
  return state;
}

let counter = 0;
/** A link token as the server makes one (18 random bytes, base64url). */
const mockToken = () => randomToken(18);

/** Puts an invite in the mock (for tests and the demo); returns its token. */
export function addMockInvite(
  store: MockStore,
  fields: { role: string | null; expiresAt?: string | null; maxUses?: number | null; revoked?: boolean },
): string {
  const volunteers = getVolunteerState(store);
  const token = mockToken();
  stateOf(store).invites.push({
    id: `invite-${++counter}`,
    token,
    usedBy: new Set(),
    role: fields.role,
    roleName: fields.role ? (volunteers.roles.find((r) => r.slug === fields.role)?.name ?? null) : null,
    createdAt: toInstant(volunteers.now),
    createdBy: 'Olivia Organizer',
    expiresAt: fields.expiresAt ?? null,
    maxUses: fields.maxUses ?? null,
    uses: 0,
    revokedAt: fields.revoked ? toInstant(volunteers.now) : null,
  });
  return token;
}

/** Puts a briefing code in the mock (for tests); returns its token. */
export function addMockBriefingCode(store: MockStore, role: string, expiresAt: string): string {
  const token = mockToken();
  stateOf(store).briefings.set(token, { role, expiresAt });
  return token;
}

/** The mock's sign-off requests, for tests. */
export function listMockSignoffRequests(store: MockStore): readonly SignoffRequest[] {
  return stateOf(store).requests;
}

const personal = { headers: { 'cache-control': 'no-store' } };
const publicInvite = ({ token: _t, usedBy: _u, ...invite }: MockInvite): Invite => invite;

function contextOf(params: Record<string, string | readonly string[] | undefined>) {
  const store = getMockStore();
  const slug = readParam(slugSchema, params.slug);
  if (!slug || !findEdition(store, slug)) return { error: problemResponse('conference_not_found') };
  return {
    store,
    slug,
    user: currentUser(store),
    volunteers: getVolunteerState(store),
    state: stateOf(store),
  };
}

function coordinates(volunteers: VolunteerState, user: { id: string; roles: string[] }, role: string) {
  const r = volunteers.roles.find((x) => x.slug === role);
  return Boolean(r) && (user.roles.includes('organizer') || r!.coordinatorUserId === user.id);
}

function confirm(volunteers: VolunteerState, userId: string, role: string) {
  const mine = volunteers.memberships.get(userId) ?? new Map<string, MembershipStatus>();
  mine.set(role, 'confirmed');
  volunteers.memberships.set(userId, mine);
}

function usableInvite(state: VolunteeringState, volunteers: VolunteerState, token: unknown) {
  const invite = state.invites.find((i) => i.token === token);
  if (!invite) return { error: problemResponse('invite_not_found') };
  if (invite.revokedAt) return { error: problemResponse('invite_revoked') };
  if (invite.expiresAt && Date.parse(invite.expiresAt) <= volunteers.now.getTime()) {
    return { error: problemResponse('invite_expired') };
  }
  return { invite };
}

export const volunteeringHandlers = [
  http.get(apiRoutes.volunteerInvites, ({ params }) => {
    const c = contextOf(params);
    if ('error' in c) return c.error;
    if (!c.user) return problemResponse('unauthenticated');
    const user = c.user;
    const invites = c.state.invites.filter(
      (i) => user.roles.includes('organizer') || (i.role !== null && coordinates(c.volunteers, user, i.role)),
    );
    return respond(inviteListSchema, { invites: invites.map(publicInvite).reverse() }, personal);
  }),

  http.post(apiRoutes.volunteerInvites, async ({ params, request }) => {
    const c = contextOf(params);
    if ('error' in c) return c.error;
    if (!c.user) return problemResponse('unauthenticated');
    const body = await readJsonBody(request, createInviteSchema);
    if (!body.ok) return body.response;
    const { role, expiresAt, maxUses } = body.data;
    if (role && !c.volunteers.roles.some((r) => r.slug === role)) return problemResponse('role_not_found');
    if (role ? !coordinates(c.volunteers, c.user, role) : !c.user.roles.includes('organizer')) {
      return problemResponse('forbidden');
    }
    const token = addMockInvite(c.store, { role, expiresAt, maxUses });
    const invite = c.state.invites.find((i) => i.token === token)!;
    invite.createdBy = c.user.name;
    return respond(
      createdInviteSchema,
      { invite: publicInvite(invite), token },
      { status: 201, ...personal },
    );
  }),

  http.delete(apiRoutes.volunteerInvite, ({ params }) => {
    const c = contextOf(params);
    if ('error' in c) return c.error;
    if (!c.user) return problemResponse('unauthenticated');
    const invite = c.state.invites.find((i) => i.id === readParam(idSchema, params.inviteId));
    if (!invite) return problemResponse('invite_not_found');
    if (
      !c.user.roles.includes('organizer') &&
      !(invite.role && coordinates(c.volunteers, c.user, invite.role))
    ) {
      return problemResponse('forbidden');
    }
    invite.revokedAt ??= toInstant(c.volunteers.now);
    return new HttpResponse(null, { status: 204 });
  }),

  http.get(apiRoutes.volunteerJoin, ({ params }) => {
    const c = contextOf(params);
    if ('error' in c) return c.error;
    const found = usableInvite(c.state, c.volunteers, params.token);
    if (found.error) return found.error;
    const { invite } = found;
    if (invite.maxUses !== null && invite.uses >= invite.maxUses) return problemResponse('invite_used_up');
    const role = invite.role ? c.volunteers.roles.find((r) => r.slug === invite.role) : undefined;
    return respond(
      invitePreviewSchema,
      {
        conference: findEdition(c.store, c.slug)!.conference.name,
        role: role
          ? { slug: role.slug, name: role.name, description: role.description, access: role.access }
          : null,
        expiresAt: invite.expiresAt,
      },
      personal,
    );
  }),

  http.post(apiRoutes.volunteerJoin, ({ params }) => {
    const c = contextOf(params);
    if ('error' in c) return c.error;
    if (!c.user) return problemResponse('unauthenticated');
    const found = usableInvite(c.state, c.volunteers, params.token);
    if (found.error) return found.error;
    const { invite } = found;
    if (!invite.usedBy.has(c.user.id)) {
      if (invite.maxUses !== null && invite.uses >= invite.maxUses) return problemResponse('invite_used_up');
      invite.usedBy.add(c.user.id);
      invite.uses++;
    }
    if (invite.role) confirm(c.volunteers, c.user.id, invite.role);
    notifyChange(c.store, c.slug, 'shifts');
    return respond(
      inviteAcceptedSchema,
      { role: invite.role, status: invite.role ? 'confirmed' : null },
      personal,
    );
  }),

  http.post(apiRoutes.roleBriefing, ({ params }) => {
    const c = contextOf(params);
    if ('error' in c) return c.error;
    if (!c.user) return problemResponse('unauthenticated');
    const role = c.volunteers.roles.find((r) => r.slug === readParam(slugSchema, params.role));
    if (!role) return problemResponse('role_not_found');
    if (!coordinates(c.volunteers, c.user, role.slug)) return problemResponse('forbidden');
    if (role.access !== 'restricted') return problemResponse('role_not_restricted');
    const token = mockToken();
    const expiresAt = toInstant(new Date(c.volunteers.now.getTime() + 2 * 60_000));
    c.state.briefings.set(token, { role: role.slug, expiresAt });
    return respond(briefingCodeSchema, { role: role.slug, token, expiresAt }, { status: 201, ...personal });
  }),

  http.post(apiRoutes.volunteerBriefing, ({ params }) => {
    const c = contextOf(params);
    if ('error' in c) return c.error;
    if (!c.user) return problemResponse('unauthenticated');
    const code = c.state.briefings.get(String(params.token));
    if (!code) return problemResponse('briefing_not_found');
    if (Date.parse(code.expiresAt) <= c.volunteers.now.getTime()) return problemResponse('briefing_expired');
    confirm(c.volunteers, c.user.id, code.role);
    notifyChange(c.store, c.slug, 'shifts');
    const name = c.volunteers.roles.find((r) => r.slug === code.role)!.name;
    return respond(
      briefingConfirmedSchema,
      { role: code.role, roleName: name, status: 'confirmed' },
      personal,
    );
  }),

  http.post(apiRoutes.shiftSignoffRequest, async ({ params, request }) => {
    const c = contextOf(params);
    if ('error' in c) return c.error;
    if (!c.user) return problemResponse('unauthenticated');
    const body = await readJsonBody(request, createSignoffRequestSchema);
    if (!body.ok) return body.response;
    const v = c.volunteers;
    const shift = v.shifts.find((s) => s.id === params.id);
    if (!shift) return problemResponse('shift_not_found');
    const mine = v.signups.find((s) => s.shiftId === shift.id && s.userId === c.user!.id);
    if (!mine || mine.status === 'waiting') return problemResponse('not_signed_up');
    if (v.now.getTime() >= Date.parse(shift.startsAt)) return problemResponse('shift_started');
    const role = v.roles.find((r) => r.slug === shift.role)!;
    if (v.now.getTime() <= Date.parse(signOffDeadline(shift.startsAt, role.signOffDeadlineHours))) {
      return problemResponse('sign_off_still_open');
    }
    if (
      c.state.requests.some(
        (r) => r.shift.id === shift.id && r.volunteer.id === c.user!.id && r.status === 'pending',
      )
    ) {
      return problemResponse('signoff_request_pending');
    }
    const created: SignoffRequest = {
      id: `request-${++counter}`,
      shift: {
        id: shift.id,
        roleName: role.name,
        place: shift.place,
        startsAt: shift.startsAt,
        endsAt: shift.endsAt,
      },
      volunteer: { id: c.user.id, name: c.user.name, email: c.user.email },
      reason: body.data.reason,
      status: 'pending',
      createdAt: toInstant(new Date(v.now.getTime() + counter)),
      decidedAt: null,
      decidedBy: null,
    };
    c.state.requests.push(created);
    notifyChange(c.store, c.slug, 'shifts', shift.id);
    return respond(signoffRequestSchema, created, { status: 201, ...personal });
  }),

  http.get(apiRoutes.signoffRequests, ({ params }) => {
    const c = contextOf(params);
    if ('error' in c) return c.error;
    if (!c.user) return problemResponse('unauthenticated');
    const user = c.user;
    const roleOfShift = (id: string) => c.volunteers.shifts.find((s) => s.id === id)?.role ?? '';
    return respond(
      signoffRequestListSchema,
      {
        mine: c.state.requests.filter((r) => r.volunteer.id === user.id).reverse(),
        toDecide: c.state.requests.filter(
          (r) => r.status === 'pending' && coordinates(c.volunteers, user, roleOfShift(r.shift.id)),
        ),
      },
      personal,
    );
  }),

  http.put(apiRoutes.signoffRequest, async ({ params, request }) => {
    const c = contextOf(params);
    if ('error' in c) return c.error;
    if (!c.user) return problemResponse('unauthenticated');
    const found = c.state.requests.find((r) => r.id === params.requestId);
    if (!found) return problemResponse('signoff_request_not_found');
    const body = await readJsonBody(request, decideSignoffRequestSchema);
    if (!body.ok) return body.response;
    const v = c.volunteers;
    const shift = v.shifts.find((s) => s.id === found.shift.id)!;
    if (!coordinates(v, c.user, shift.role)) return problemResponse('forbidden');
    if (found.status !== 'pending') return problemResponse('signoff_request_decided');
    if (body.data.decision === 'approved') {
      v.signups = v.signups.filter((s) => !(s.shiftId === shift.id && s.userId === found.volunteer.id));
      fillFreePlaces(v, shift);
    }
    found.status = body.data.decision;
    found.decidedAt = toInstant(v.now);
    found.decidedBy = c.user.name;
    notifyChange(c.store, c.slug, 'shifts', shift.id);
    return respond(signoffRequestSchema, found, personal);
  }),

  http.get(apiRoutes.volunteerFeed, ({ params }) => {
    const c = contextOf(params);
    if ('error' in c) return c.error;
    if (!c.user) return problemResponse('unauthenticated');
    return respond(volunteerFeedSchema, { token: c.state.feeds.get(c.user.id) ?? null }, personal);
  }),

  http.post(apiRoutes.volunteerFeed, ({ params }) => {
    const c = contextOf(params);
    if ('error' in c) return c.error;
    if (!c.user) return problemResponse('unauthenticated');
    const token = mockToken();
    c.state.feeds.set(c.user.id, token);
    return respond(volunteerFeedSchema, { token }, { status: 201, ...personal });
  }),

  // The mock serves no calendar bodies; a subscribed app talks to the real server.
  http.get(apiRoutes.volunteerFeedIcs.replace(':token.ics', ':file'), ({ params }) => {
    const c = contextOf(params);
    if ('error' in c) return c.error;
    const token = readParam(secretTokenSchema, String(params.file).replace(/\.ics$/, ''));
    if (!token || ![...c.state.feeds.values()].includes(token)) return problemResponse('feed_not_found');
    return new HttpResponse(
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Lanyard mock//EN\r\nEND:VCALENDAR\r\n',
      {
        headers: { 'content-type': 'text/calendar; charset=utf-8' },
      },
    );
  }),
];

import type { BriefingCode, CreatedInvite, MembershipStatus } from '@shared/contract';
import { apiPaths } from '@shared/contract/paths';
import type { DeskHeartbeat } from '@shared/contract/desk';
import { DEMO_PASSWORD } from '@shared/demo';
import { CookieJar } from '@mocks/cookie-jar';
import { mockBackend } from '@mocks/node';
import { SLUG } from './render-app';

/**
 * Arranging a component test's world through the real server (src/mocks/README.md): as a
 * logged-in user over the API, the way the app itself would, or straight in the database when
 * no endpoint makes the state (a session's recording link from an import, a silent desk).
 */

/** The test server's database (Kysely), for arranging and for reading back what a screen did. */
export async function database() {
  return (await mockBackend()).deps.db;
}

export interface ApiCaller {
  /** A JSON request as this user; the answer as the server gave it. */
  request(path: string, init?: { method?: string; json?: unknown }): Promise<Response>;
}

/**
 * Another browser logged in as `email`: its session is its own, so the page under test stays
 * logged in (or out) as it was.
 */
export async function asUser(email: string, password = DEMO_PASSWORD): Promise<ApiCaller> {
  const backend = await mockBackend();
  const jar = new CookieJar();
  await backend.login(email, password, jar);
  return {
    request: async (path, { method = 'GET', json } = {}) =>
      backend.app.request(path, {
        method,
        headers: {
          cookie: jar.header() ?? '',
          ...(json === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(json === undefined ? {} : { body: JSON.stringify(json) }),
      }),
  };
}

/** Moves the server's clock, which the app reads as "now" from every answer. */
export async function setServerNow(at: string | Date): Promise<void> {
  (await mockBackend()).setNow(at);
}

// Volunteering on the flagship edition, as the demo seeds it (src/shared/demo/volunteers.ts): the
// organizer coordinates every role; Vera (volunteer@demo.test) is confirmed in the check-in desk and
// session host roles, pending in the restricted video team, and holds two shifts on Friday 17 October.

/** Throws with the server's answer unless the request succeeded, so a broken arrangement says why. */
async function succeeded(what: string, response: Promise<Response>): Promise<Response> {
  const res = await response;
  if (!res.ok) throw new Error(`${what} failed: ${res.status} ${await res.text()}`);
  return res;
}

/** The id of an account: a demo login or one a test registered. */
export async function userIdOf(email: string): Promise<string> {
  const db = await database();
  const row = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
  if (!row) throw new Error(`No account ${email}`);
  return row.id;
}

/** A new invite link made by the organizer (into `role` if given); its token opens /:slug/join/:token. */
export async function createInvite(
  input: { role?: string | null; expiresAt?: string | null; maxUses?: number | null } = {},
  slug = SLUG,
): Promise<{ id: string; token: string }> {
  const organizer = await asUser('organizer@demo.test');
  const res = await succeeded(
    'Creating an invite',
    organizer.request(apiPaths.volunteerInvites(slug), { method: 'POST', json: input }),
  );
  const { invite, token } = (await res.json()) as CreatedInvite;
  return { id: invite.id, token };
}

/** The organizer withdraws an invite link. */
export async function withdrawInvite(id: string, slug = SLUG): Promise<void> {
  const organizer = await asUser('organizer@demo.test');
  await succeeded(
    'Withdrawing an invite',
    organizer.request(apiPaths.volunteerInvite(slug, id), { method: 'DELETE' }),
  );
}

/** The code a restricted role's coordinator (the organizer) shows at the briefing: valid two minutes. */
export async function briefingCode(role: string, slug = SLUG): Promise<string> {
  const organizer = await asUser('organizer@demo.test');
  const res = await succeeded(
    'Making a briefing code',
    organizer.request(apiPaths.roleBriefing(slug, role), { method: 'POST' }),
  );
  return ((await res.json()) as BriefingCode).token;
}

/** What `email` is in a role ('pending' or 'confirmed'), or null when not a member. */
export async function membershipOf(
  email: string,
  role: string,
  slug = SLUG,
): Promise<MembershipStatus | null> {
  const db = await database();
  const row = await db
    .selectFrom('volunteer_role_members as m')
    .innerJoin('volunteer_roles as r', 'r.id', 'm.role_id')
    .innerJoin('conferences as c', 'c.id', 'r.conference_id')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select('m.status')
    .where('c.slug', '=', slug)
    .where('r.slug', '=', role)
    .where('u.email', '=', email)
    .executeTakeFirst();
  return row?.status ?? null;
}

/** `email`'s place on a shift (status, attendance), or undefined when they have none. */
export async function signupOf(shiftId: string, email: string) {
  const db = await database();
  return db
    .selectFrom('shift_signups as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['s.status', 's.attendance', 's.queue_number'])
    .where('s.shift_id', '=', shiftId)
    .where('u.email', '=', email)
    .executeTakeFirst();
}

/**
 * `email` joins the shift's role if need be and takes the shift (its waiting list with
 * `waitlist`), as if on their own phone: the page under test does not know yet.
 */
export async function takeShift(
  email: string,
  shiftId: string,
  { waitlist = false, slug = SLUG }: { waitlist?: boolean; slug?: string } = {},
): Promise<void> {
  const db = await database();
  const { role } = await db
    .selectFrom('shifts as s')
    .innerJoin('volunteer_roles as r', 'r.id', 's.role_id')
    .select('r.slug as role')
    .where('s.id', '=', shiftId)
    .executeTakeFirstOrThrow();
  const volunteer = await asUser(email);
  await succeeded(
    `${email} joining ${role}`,
    volunteer.request(apiPaths.volunteerRoleJoin(slug, role), { method: 'POST' }),
  );
  await succeeded(
    `${email} taking ${shiftId}`,
    volunteer.request(apiPaths.shiftSignup(slug, shiftId), { method: 'POST', json: { waitlist } }),
  );
}

/** The QR text of a demo ticket, as its holder's ticket page shows it. */
export async function ticketQr(slug: string, secret: string): Promise<string> {
  const res = await (await mockBackend()).app.request(`/api/conferences/${slug}/tickets/${secret}`);
  if (!res.ok) throw new Error(`No ticket ${secret}: ${res.status}`);
  return ((await res.json()) as { qr: string }).qr;
}

// The organizer console's world (accounts, tickets, rooms, sponsors): arranged as the organizer,
// read back in the database.

/**
 * One request as the organizer, on a session of its own (the page's login stays as it was);
 * answers the JSON the server sent, or throws with its refusal.
 */
export async function asOrganizer<T = unknown>(
  path: string,
  init: { method?: string; json?: unknown } = {},
): Promise<T> {
  const organizer = await asUser('organizer@demo.test');
  const res = await succeeded(`${init.method ?? 'GET'} ${path}`, organizer.request(path, init));
  return (res.status === 204 ? undefined : await res.json()) as T;
}

/** The database id of an edition. */
export async function conferenceIdOf(slug = SLUG): Promise<string> {
  const db = await database();
  const row = await db.selectFrom('conferences').select('id').where('slug', '=', slug).executeTakeFirst();
  if (!row) throw new Error(`No edition ${slug}`);
  return row.id;
}

/**
 * One write by the demo desk account with the server's clock at `at` (then put back), for
 * desk activity in the past: a heartbeat, a check-in.
 */
async function asDeskAt(at: string, path: string, json: unknown): Promise<void> {
  const backend = await mockBackend();
  const now = backend.deps.clock();
  const desk = await asUser('desk@demo.test');
  backend.setNow(at);
  try {
    await succeeded(`POST ${path} at ${at}`, desk.request(path, { method: 'POST', json }));
  } finally {
    backend.setNow(now);
  }
}

/** A check-in desk that was last heard from at `seenAt`. */
export async function deskHeard(slug: string, heartbeat: DeskHeartbeat, seenAt: string): Promise<void> {
  await asDeskAt(seenAt, `/api/conferences/${slug}/check-in/desks`, heartbeat);
}

/** A ticket checked in by the demo desk account at `at` (by ticket id, as from a name search). */
export async function checkedIn(
  slug: string,
  ticket: { ticketId: string; listId: string; deskId: string; deskName: string },
  at: string,
): Promise<void> {
  await asDeskAt(at, `/api/conferences/${slug}/scans`, {
    ...ticket,
    clientNonce: `arranged-${ticket.ticketId}-${at}`,
  });
}

/** What anyone may read (no login): the answer's JSON, or a throw with the server's refusal. */
export async function readApi<T = unknown>(path: string): Promise<T> {
  const { app } = await mockBackend();
  const res = await succeeded(`GET ${path}`, Promise.resolve(app.request(path)));
  return (await res.json()) as T;
}

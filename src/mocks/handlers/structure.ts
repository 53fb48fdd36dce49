import {
  apiRoutes,
  type AuditEntry,
  auditPageSchema,
  auditQuerySchema,
  conferenceDaySchema,
  createRoomSchema,
  createSpeakerSchema,
  createTrackSchema,
  deleteQuerySchema,
  deleteResultSchema,
  type Dependent,
  idSchema,
  localDateSchema,
  makeProblem,
  PROBLEM_CONTENT_TYPE,
  type ProblemCode,
  roomSchema,
  type Session,
  slugSchema,
  speakerSchema,
  trackSchema,
  updateConferenceDaySchema,
  updateRoomSchema,
  updateSpeakerSchema,
  updateTrackSchema,
  type User,
} from '@shared/contract';
import { type DemoEdition } from '@shared/demo';
import { randomCode } from '@shared/text/codes';
import { toInstant } from '@shared/time';
import { http, HttpResponse } from 'msw';
import { getMockStore } from '../current-store';
import { problemResponse } from '../problem-response';
import { currentUser, findEdition, type MockStore, notifyChange } from '../store';
import { readJsonBody, readParam, readQuery, respond } from '../validate';

/** The mock's own audit log per store: it records what these handlers change. */
const logs = new WeakMap<MockStore, Map<string, AuditEntry[]>>();

function logOf(store: MockStore, slug: string): AuditEntry[] {
  let bySlug = logs.get(store);
  if (!bySlug) logs.set(store, (bySlug = new Map()));
  let log = bySlug.get(slug);
  if (!log) bySlug.set(slug, (log = []));
  return log;
}

function audit(
  user: User,
  slug: string,
  action: string,
  subject: string,
  detail: Record<string, unknown> = {},
) {
  logOf(getMockStore(), slug).unshift({
    id: `audit-${Math.random().toString(36).slice(2)}`,
    at: toInstant(new Date()),
    action,
    subject,
    detail,
    actor: { name: user.name, email: user.email },
  });
}

type Guarded = { user: User; edition: DemoEdition; slug: string } | { response: Response };

function guard(params: Record<string, unknown>): Guarded {
  const store = getMockStore();
  const user = currentUser(store);
  if (!user) return { response: problemResponse('unauthenticated') };
  if (!user.roles.includes('organizer')) return { response: problemResponse('forbidden') };
  const slug = readParam(slugSchema, params.slug as string);
  const edition = slug ? findEdition(store, slug) : undefined;
  if (!slug || !edition) return { response: problemResponse('conference_not_found') };
  return { user, edition, slug };
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function conflicts(
  rows: { id: string; slug: string; name: string }[],
  input: { slug?: string | undefined; name?: string | undefined },
  ownId: string | null,
  what: string,
) {
  const others = rows.filter((r) => r.id !== ownId);
  const errors: Record<string, string[]> = {};
  if (input.slug !== undefined && others.some((r) => r.slug === input.slug))
    errors.slug = [`Another ${what} already uses this slug`];
  if (input.name !== undefined && others.some((r) => same(r.name, input.name!)))
    errors.name = [`Another ${what} already has this name`];
  return Object.keys(errors).length > 0 ? errors : null;
}

function inUse(code: ProblemCode, detail: string, sessions: Session[]) {
  const dependents: Dependent[] = [
    { kind: 'sessions', count: sessions.length, examples: sessions.slice(0, 3).map((s) => s.title) },
  ];
  return HttpResponse.json(
    { ...makeProblem(code, detail), dependents },
    { status: 409, headers: { 'content-type': PROBLEM_CONTENT_TYPE } },
  );
}

/** Mirrors the server: affected sessions change, published as one more schedule version. */
function publishEdit(edition: DemoEdition, affected: Session[], edit: (s: Session) => Session) {
  if (affected.length === 0) return edition.conference.scheduleVersion;
  const now = toInstant(new Date());
  const codes = new Set(affected.map((s) => s.code));
  edition.sessions = edition.sessions.map((s) => (codes.has(s.code) ? { ...edit(s), updatedAt: now } : s));
  edition.conference = { ...edition.conference, scheduleVersion: edition.conference.scheduleVersion + 1 };
  return edition.conference.scheduleVersion;
}

const confirmed = (request: Request) => {
  const q = readQuery(request, deleteQuerySchema);
  return q.ok && q.data.confirm === 'true';
};

const bySchedule = (a: Session, b: Session) =>
  a.startsAt.localeCompare(b.startsAt) || a.code.localeCompare(b.code);

export const structureHandlers = [
  http.post(apiRoutes.rooms, async ({ params, request }) => {
    const g = guard(params);
    if ('response' in g) return g.response;
    const body = await readJsonBody(request, createRoomSchema);
    if (!body.ok) return body.response;
    const rooms = g.edition.conference.rooms;
    const errors = conflicts(rooms, body.data, null, 'room');
    if (errors) return problemResponse('room_taken', undefined, errors);
    const room = {
      id: `room-${Math.random().toString(36).slice(2)}`,
      slug: body.data.slug,
      name: body.data.name,
      position: body.data.position ?? Math.max(-1, ...rooms.map((r) => r.position)) + 1,
      liveStreamUrl: body.data.liveStreamUrl ?? null,
    };
    g.edition.conference = { ...g.edition.conference, rooms: [...rooms, room] };
    audit(g.user, g.slug, 'room.created', room.slug, { name: room.name });
    notifyChange(getMockStore(), g.slug, 'conference');
    return respond(roomSchema, room, { status: 201 });
  }),

  http.patch(apiRoutes.room, async ({ params, request }) => {
    const g = guard(params);
    if ('response' in g) return g.response;
    const id = readParam(idSchema, params.id as string);
    const room = g.edition.conference.rooms.find((r) => r.id === id);
    if (!room) return problemResponse('room_not_found');
    const body = await readJsonBody(request, updateRoomSchema);
    if (!body.ok) return body.response;
    const errors = conflicts(g.edition.conference.rooms, body.data, room.id, 'room');
    if (errors) return problemResponse('room_taken', undefined, errors);
    const after = { ...room, ...body.data };
    g.edition.conference = {
      ...g.edition.conference,
      rooms: g.edition.conference.rooms.map((r) => (r.id === room.id ? after : r)),
    };
    audit(g.user, g.slug, 'room.updated', after.slug, {
      changes: Object.fromEntries(
        Object.entries(body.data).map(([k, v]) => [k, [room[k as keyof typeof room], v]]),
      ),
    });
    notifyChange(getMockStore(), g.slug, 'conference');
    return respond(roomSchema, after);
  }),

  http.delete(apiRoutes.room, ({ params, request }) => {
    const g = guard(params);
    if ('response' in g) return g.response;
    const id = readParam(idSchema, params.id as string);
    const room = g.edition.conference.rooms.find((r) => r.id === id);
    if (!room) return problemResponse('room_not_found');
    const affected = g.edition.sessions.filter((s) => s.roomId === room.id).sort(bySchedule);
    if (affected.length > 0 && !confirmed(request)) {
      return inUse('room_in_use', `${affected.length} session(s) use the room "${room.name}".`, affected);
    }
    const scheduleVersion = publishEdit(g.edition, affected, (s) => ({ ...s, roomId: null }));
    g.edition.conference = {
      ...g.edition.conference,
      rooms: g.edition.conference.rooms.filter((r) => r.id !== room.id),
    };
    audit(g.user, g.slug, 'room.deleted', room.slug, {
      name: room.name,
      sessions: affected.map((s) => s.code),
    });
    notifyChange(getMockStore(), g.slug, 'conference');
    if (affected.length > 0) notifyChange(getMockStore(), g.slug, 'sessions');
    return respond(deleteResultSchema, { sessionsChanged: affected.length, scheduleVersion });
  }),

  http.post(apiRoutes.tracks, async ({ params, request }) => {
    const g = guard(params);
    if ('response' in g) return g.response;
    const body = await readJsonBody(request, createTrackSchema);
    if (!body.ok) return body.response;
    const errors = conflicts(g.edition.conference.tracks, body.data, null, 'track');
    if (errors) return problemResponse('track_taken', undefined, errors);
    const track = {
      id: `track-${Math.random().toString(36).slice(2)}`,
      ...body.data,
      color: body.data.color.toLowerCase(),
    };
    g.edition.conference = { ...g.edition.conference, tracks: [...g.edition.conference.tracks, track] };
    audit(g.user, g.slug, 'track.created', track.slug, { name: track.name, color: track.color });
    notifyChange(getMockStore(), g.slug, 'conference');
    return respond(trackSchema, track, { status: 201 });
  }),

  http.patch(apiRoutes.track, async ({ params, request }) => {
    const g = guard(params);
    if ('response' in g) return g.response;
    const id = readParam(idSchema, params.id as string);
    const track = g.edition.conference.tracks.find((t) => t.id === id);
    if (!track) return problemResponse('track_not_found');
    const body = await readJsonBody(request, updateTrackSchema);
    if (!body.ok) return body.response;
    const errors = conflicts(g.edition.conference.tracks, body.data, track.id, 'track');
    if (errors) return problemResponse('track_taken', undefined, errors);
    const after = { ...track, ...body.data, color: (body.data.color ?? track.color).toLowerCase() };
    g.edition.conference = {
      ...g.edition.conference,
      tracks: g.edition.conference.tracks.map((t) => (t.id === track.id ? after : t)),
    };
    audit(g.user, g.slug, 'track.updated', after.slug);
    notifyChange(getMockStore(), g.slug, 'conference');
    return respond(trackSchema, after);
  }),

  http.delete(apiRoutes.track, ({ params, request }) => {
    const g = guard(params);
    if ('response' in g) return g.response;
    const id = readParam(idSchema, params.id as string);
    const track = g.edition.conference.tracks.find((t) => t.id === id);
    if (!track) return problemResponse('track_not_found');
    const affected = g.edition.sessions.filter((s) => s.trackId === track.id).sort(bySchedule);
    if (affected.length > 0 && !confirmed(request)) {
      return inUse('track_in_use', `${affected.length} session(s) use the track "${track.name}".`, affected);
    }
    const scheduleVersion = publishEdit(g.edition, affected, (s) => ({ ...s, trackId: null }));
    g.edition.conference = {
      ...g.edition.conference,
      tracks: g.edition.conference.tracks.filter((t) => t.id !== track.id),
    };
    audit(g.user, g.slug, 'track.deleted', track.slug, { name: track.name });
    notifyChange(getMockStore(), g.slug, 'conference');
    if (affected.length > 0) notifyChange(getMockStore(), g.slug, 'sessions');
    return respond(deleteResultSchema, { sessionsChanged: affected.length, scheduleVersion });
  }),

  http.patch(apiRoutes.conferenceDay, async ({ params, request }) => {
    const g = guard(params);
    if ('response' in g) return g.response;
    const date = readParam(localDateSchema, params.date as string);
    if (!date)
      return problemResponse('validation_failed', 'The date is not valid.', { date: ['Invalid date'] });
    const day = g.edition.conference.days.find((d) => d.date === date);
    if (!day) return problemResponse('conference_day_not_found');
    const body = await readJsonBody(request, updateConferenceDaySchema);
    if (!body.ok) return body.response;
    const after = { ...day, ...body.data, ...(body.data.note === '' ? { note: null } : {}) };
    g.edition.conference = {
      ...g.edition.conference,
      days: g.edition.conference.days.map((d) => (d.date === date ? after : d)),
    };
    audit(g.user, g.slug, 'day.updated', date);
    notifyChange(getMockStore(), g.slug, 'conference');
    return respond(conferenceDaySchema, after);
  }),

  http.post(apiRoutes.speakers, async ({ params, request }) => {
    const g = guard(params);
    if ('response' in g) return g.response;
    const body = await readJsonBody(request, createSpeakerSchema);
    if (!body.ok) return body.response;
    const speaker = {
      code: randomCode(),
      name: body.data.name,
      affiliation: body.data.affiliation || null,
      bio: body.data.bio ?? '',
      sessionCodes: [],
    };
    g.edition.speakers = [...g.edition.speakers, speaker].sort((a, b) => a.name.localeCompare(b.name));
    audit(g.user, g.slug, 'speaker.created', speaker.code, { name: speaker.name });
    notifyChange(getMockStore(), g.slug, 'speakers');
    return respond(speakerSchema, speaker, { status: 201 });
  }),

  http.patch(apiRoutes.speaker, async ({ params, request }) => {
    const g = guard(params);
    if ('response' in g) return g.response;
    const speaker = g.edition.speakers.find((s) => s.code === params.code);
    if (!speaker) return problemResponse('speaker_not_found');
    const body = await readJsonBody(request, updateSpeakerSchema);
    if (!body.ok) return body.response;
    const after = {
      ...speaker,
      ...body.data,
      ...(body.data.affiliation !== undefined ? { affiliation: body.data.affiliation || null } : {}),
    };
    g.edition.speakers = g.edition.speakers.map((s) => (s.code === speaker.code ? after : s));
    if (after.name !== speaker.name) {
      g.edition.sessions = g.edition.sessions.map((s) => ({
        ...s,
        speakers: s.speakers.map((p) => (p.code === speaker.code ? { ...p, name: after.name } : p)),
      }));
    }
    audit(g.user, g.slug, 'speaker.updated', speaker.code);
    notifyChange(getMockStore(), g.slug, 'speakers');
    notifyChange(getMockStore(), g.slug, 'sessions');
    return respond(speakerSchema, after);
  }),

  http.delete(apiRoutes.speaker, ({ params, request }) => {
    const g = guard(params);
    if ('response' in g) return g.response;
    const speaker = g.edition.speakers.find((s) => s.code === params.code);
    if (!speaker) return problemResponse('speaker_not_found');
    const affected = g.edition.sessions
      .filter((s) => s.speakers.some((p) => p.code === speaker.code))
      .sort(bySchedule);
    if (affected.length > 0 && !confirmed(request)) {
      return inUse('speaker_in_use', `${speaker.name} is on ${affected.length} session(s).`, affected);
    }
    const scheduleVersion = publishEdit(g.edition, affected, (s) => ({
      ...s,
      speakers: s.speakers.filter((p) => p.code !== speaker.code),
    }));
    g.edition.speakers = g.edition.speakers.filter((s) => s.code !== speaker.code);
    audit(g.user, g.slug, 'speaker.deleted', speaker.code, { name: speaker.name });
    notifyChange(getMockStore(), g.slug, 'speakers');
    if (affected.length > 0) notifyChange(getMockStore(), g.slug, 'sessions');
    return respond(deleteResultSchema, { sessionsChanged: affected.length, scheduleVersion });
  }),

  http.get(apiRoutes.audit, ({ params, request }) => {
    const g = guard(params);
    if ('response' in g) return g.response;
    const query = readQuery(request, auditQuerySchema);
    if (!query.ok) return query.response;
    const { limit, before, action } = query.data;
    let entries = logOf(getMockStore(), g.slug).filter((e) => !action || e.action.startsWith(action));
    // The mock's cursor is simply the id of the last entry shown.
    if (before) entries = entries.slice(entries.findIndex((e) => e.id === before) + 1);
    const page = entries.slice(0, limit);
    return respond(auditPageSchema, {
      entries: page,
      nextCursor: entries.length > limit ? (page.at(-1)?.id ?? null) : null,
    });
  }),
];

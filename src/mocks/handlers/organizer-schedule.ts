import {
  apiRoutes,
  MASS_CANCEL_SHARE,
  SCHEDULE_UPLOAD_TYPES,
  scheduleUploadQuerySchema,
  type ScheduleFormat,
  type Conference,
  type ImportWarning,
  type PublishedChange,
  type ScheduleChange,
  scheduleChangesQuerySchema,
  scheduleChangesSchema,
  scheduleDraftSchema,
  type ScheduleImportPreview,
  scheduleImportPreviewSchema,
  scheduleImportRequestSchema,
  scheduleImportResultSchema,
  schedulePublishResultSchema,
  type Session,
  sessionCodeSchema,
  sessionCreateSchema,
  sessionSchema,
  type SessionUpdate,
  sessionUpdateSchema,
  slugSchema,
} from '@shared/contract';
import { type DemoEdition } from '@shared/demo';
import {
  type CurrentSchedule,
  type ImportedSchedule,
  type ImportPlan,
  needsConfirmation,
  parseSchedule,
  planImport,
  readSummary,
} from '@shared/interop';
import { applyUpdate, describeChange, importChanges, pruneUpdate, subjectOf } from '@shared/schedule-changes';
import { randomCode } from '@shared/text/codes';
import { toInstant } from '@shared/time';
import { http } from 'msw';
import { getMockStore } from '../current-store';
import { problemResponse } from '../problem-response';
import { currentUser, findEdition, type MockStore, notifyChange } from '../store';
import { readJsonBody, readParam, readQuery, respond } from '../validate';

/** Drafts, changelog and import previews per store, so each test starts without any. */
interface PublishingState {
  drafts: Map<string, Map<string, SessionUpdate>>;
  /** Sessions created in the console and not yet published, per edition. */
  created: Map<string, Session[]>;
  changes: Map<string, PublishedChange[]>;
  previews: Map<string, { slug: string; schedule: ImportedSchedule; baseVersion: number; applied: boolean }>;
}
const states = new WeakMap<MockStore, PublishingState>();

function stateOf(store: MockStore): PublishingState {
  let state = states.get(store);
  if (!state) {
    state = { drafts: new Map(), created: new Map(), changes: new Map(), previews: new Map() };
    states.set(store, state);
  }
  return state;
}

const draftsOf = (state: PublishingState, slug: string) => {
  let drafts = state.drafts.get(slug);
  if (!drafts) state.drafts.set(slug, (drafts = new Map()));
  return drafts;
};

function refuseNonOrganizer(store: MockStore): Response | null {
  const user = currentUser(store);
  if (!user) return problemResponse('unauthenticated');
  if (!user.roles.includes('organizer')) return problemResponse('forbidden');
  return null;
}

function editionOf(slug: unknown): DemoEdition | Response {
  const s = readParam(slugSchema, slug as string);
  const edition = s ? findEdition(getMockStore(), s) : undefined;
  return edition ?? problemResponse('conference_not_found');
}

const createdOf = (state: PublishingState, slug: string) => {
  let created = state.created.get(slug);
  if (!created) state.created.set(slug, (created = []));
  return created;
};

const endsAfterStart = (s: Session) => Date.parse(s.endsAt) > Date.parse(s.startsAt);

const speakerNames = (edition: DemoEdition) => new Map(edition.speakers.map((s) => [s.code, s.name]));

function unknownSpeakers(
  edition: DemoEdition,
  codes: readonly string[] | undefined,
): Record<string, string[]> {
  const known = speakerNames(edition);
  const unknown = (codes ?? []).filter((c) => !known.has(c));
  return unknown.length > 0
    ? { speakerCodes: [`There is no speaker ${unknown.join(', ')} in this conference`] }
    : {};
}

function draftView(
  edition: DemoEdition,
  drafts: Map<string, SessionUpdate>,
  created: readonly Session[] = [],
) {
  const changes: ScheduleChange[] = [];
  const names = speakerNames(edition);
  const sessions = edition.sessions.map((s) => {
    const patch = drafts.get(s.code);
    if (!patch) return s;
    const next = applyUpdate(s, patch, names);
    const change = describeChange(subjectOf(s), subjectOf(next));
    if (change) changes.push(change);
    return next;
  });
  for (const s of created) changes.push(describeChange(null, subjectOf(s))!);
  const all = [...sessions, ...created].sort(
    (a, b) => a.startsAt.localeCompare(b.startsAt) || a.code.localeCompare(b.code),
  );
  return { sessions: all, changes };
}

function currentSchedule(edition: DemoEdition): CurrentSchedule {
  const c = edition.conference;
  return {
    timeZone: c.timeZone,
    days: c.days.map((d) => d.date),
    rooms: c.rooms.map(({ id, slug, name, position }) => ({ id, slug, name, position })),
    tracks: c.tracks.map(({ id, slug, name }) => ({ id, slug, name })),
    speakers: edition.speakers.map((s) => ({ id: s.code, code: s.code, name: s.name })),
    sessions: edition.sessions.map((s) => ({
      id: s.code,
      guid: s.guid,
      code: s.code,
      title: s.title,
      type: s.type,
      language: s.language,
      status: s.status,
      roomId: s.roomId,
      trackId: s.trackId,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      description: s.description,
      recordingOptOut: s.recordingOptOut,
      youtube: s.links.youtube,
      mediaCccDe: s.links.mediaCccDe,
      slides: s.links.slides,
      video: s.links.video ?? null,
      speakerIds: s.speakers.map((p) => p.code),
    })),
  };
}

const mockNewId = () => crypto.randomUUID();

function countsOf(plan: ImportPlan, warnings: ImportWarning[]) {
  return {
    sessionsAdded: plan.added.length,
    sessionsChanged: plan.changed.length,
    sessionsRemoved: plan.removed.length,
    sessionsUnchanged: plan.unchanged,
    roomsAdded: plan.rooms.length,
    tracksAdded: plan.tracks.length,
    speakersAdded: plan.speakers.length,
    warnings: warnings.length,
  };
}

/** Writes a plan into the edition as the server's applyPlan does (speakers keyed by code here). */
function applyPlan(edition: DemoEdition, plan: ImportPlan, now: string) {
  const conference: Conference = edition.conference;
  conference.rooms.push(...plan.rooms.map((r) => ({ ...r, liveStreamUrl: null })));
  conference.tracks.push(...plan.tracks);
  edition.speakers.push(
    ...plan.speakers.map((s) => ({
      code: s.code,
      name: s.name,
      affiliation: null,
      bio: s.bio,
      sessionCodes: [],
    })),
  );
  const speakerName = new Map(edition.speakers.map((s) => [s.code, s.name]));
  const codeOf = new Map(plan.speakers.map((s) => [s.id, s.code]));
  const values = (v: ImportPlan['added'][number]['values']) => ({
    title: v.title,
    type: v.type,
    language: v.language,
    status: v.status,
    trackId: v.trackId,
    roomId: v.roomId,
    startsAt: v.startsAt,
    endsAt: v.endsAt,
    description: v.description,
    recordingOptOut: v.recordingOptOut,
    links: { youtube: v.youtube, mediaCccDe: v.mediaCccDe, slides: v.slides, video: v.video },
    speakers: v.speakerIds
      .map((id) => codeOf.get(id) ?? id)
      .map((code) => ({ code, name: speakerName.get(code) ?? code })),
    updatedAt: now,
  });
  for (const s of plan.added) {
    edition.sessions.push({
      code: s.code,
      guid: s.guid,
      slug: s.slug,
      format: 'in-person',
      ...values(s.values),
    });
  }
  for (const c of plan.changed) {
    const i = edition.sessions.findIndex((s) => s.code === c.id);
    if (i >= 0) edition.sessions[i] = { ...edition.sessions[i]!, ...values(c.values) };
  }
  for (const r of plan.removed) {
    const session = edition.sessions.find((s) => s.code === r.id);
    if (session) Object.assign(session, { status: 'cancelled', updatedAt: now });
  }
}

export const organizerScheduleHandlers = [
  http.get(apiRoutes.scheduleDraft, ({ params }) => {
    const store = getMockStore();
    const refused = refuseNonOrganizer(store);
    if (refused) return refused;
    const edition = editionOf(params.slug);
    if (edition instanceof Response) return edition;
    const slug = edition.conference.slug;
    const view = draftView(edition, draftsOf(stateOf(store), slug), createdOf(stateOf(store), slug));
    return respond(scheduleDraftSchema, { scheduleVersion: edition.conference.scheduleVersion, ...view });
  }),

  http.patch(apiRoutes.session, async ({ params, request }) => {
    const store = getMockStore();
    const refused = refuseNonOrganizer(store);
    if (refused) return refused;
    const edition = editionOf(params.slug);
    if (edition instanceof Response) return edition;
    const body = await readJsonBody(request, sessionUpdateSchema);
    if (!body.ok) return body.response;
    const code = readParam(sessionCodeSchema, params.code as string);
    const created = createdOf(stateOf(store), edition.conference.slug);
    const fresh = created.findIndex((s) => s.code === code);
    const published = edition.sessions.find((s) => s.code === code) ?? created[fresh];
    if (!published) return problemResponse('session_not_found');
    const update = { ...body.data };
    if (update.startsAt) update.startsAt = toInstant(new Date(update.startsAt));
    if (update.endsAt) update.endsAt = toInstant(new Date(update.endsAt));
    const errors: Record<string, string[]> = {};
    if (update.roomId && !edition.conference.rooms.some((r) => r.id === update.roomId))
      errors.roomId = ['There is no such room in this conference'];
    if (update.trackId && !edition.conference.tracks.some((t) => t.id === update.trackId))
      errors.trackId = ['There is no such track in this conference'];
    Object.assign(errors, unknownSpeakers(edition, update.speakerCodes));
    if (Object.keys(errors).length > 0) return problemResponse('validation_failed', undefined, errors);
    if (fresh >= 0) {
      const next = {
        ...applyUpdate(published, update, speakerNames(edition)),
        updatedAt: toInstant(new Date()),
      };
      if (!endsAfterStart(next)) {
        return problemResponse('validation_failed', undefined, {
          endsAt: ['The session must end after it starts'],
        });
      }
      created[fresh] = next;
      return respond(sessionSchema, next);
    }
    const drafts = draftsOf(stateOf(store), edition.conference.slug);
    const older = drafts.get(published.code) ?? {};
    const merged: SessionUpdate = { ...older, ...update, links: { ...older.links, ...update.links } };
    const next = applyUpdate(published, merged, speakerNames(edition));
    if (!endsAfterStart(next)) {
      return problemResponse('validation_failed', undefined, {
        [update.endsAt ? 'endsAt' : 'startsAt']: ['The session must end after it starts'],
      });
    }
    const patch = pruneUpdate(published, merged);
    if (Object.keys(patch).length === 0) drafts.delete(published.code);
    else drafts.set(published.code, patch);
    return respond(sessionSchema, next);
  }),

  http.post(apiRoutes.sessions, async ({ params, request }) => {
    const store = getMockStore();
    const refused = refuseNonOrganizer(store);
    if (refused) return refused;
    const edition = editionOf(params.slug);
    if (edition instanceof Response) return edition;
    const body = await readJsonBody(request, sessionCreateSchema);
    if (!body.ok) return body.response;
    const input = body.data;
    const errors: Record<string, string[]> = { ...unknownSpeakers(edition, input.speakerCodes) };
    if (input.roomId && !edition.conference.rooms.some((r) => r.id === input.roomId))
      errors.roomId = ['There is no such room in this conference'];
    if (input.trackId && !edition.conference.tracks.some((t) => t.id === input.trackId))
      errors.trackId = ['There is no such track in this conference'];
    if (Object.keys(errors).length > 0) return problemResponse('validation_failed', undefined, errors);
    const code = randomCode();
    const now = toInstant(new Date());
    const { speakerCodes, ...fields } = input;
    const names = speakerNames(edition);
    const session: Session = {
      ...fields,
      startsAt: toInstant(new Date(input.startsAt)),
      endsAt: toInstant(new Date(input.endsAt)),
      code,
      guid: crypto.randomUUID(),
      slug: code.toLowerCase(),
      speakers: speakerCodes.map((c) => ({ code: c, name: names.get(c) ?? c })),
      links: { youtube: null, mediaCccDe: null, slides: null },
      updatedAt: now,
    };
    createdOf(stateOf(store), edition.conference.slug).push(session);
    return respond(sessionSchema, session, { status: 201 });
  }),

  http.delete(apiRoutes.session, ({ params }) => {
    const store = getMockStore();
    const refused = refuseNonOrganizer(store);
    if (refused) return refused;
    const edition = editionOf(params.slug);
    if (edition instanceof Response) return edition;
    const created = createdOf(stateOf(store), edition.conference.slug);
    const index = created.findIndex((s) => s.code === params.code);
    if (index < 0) {
      if (edition.sessions.some((s) => s.code === params.code)) return problemResponse('session_published');
      return problemResponse('session_not_found');
    }
    created.splice(index, 1);
    return new Response(null, { status: 204 });
  }),

  http.post(apiRoutes.schedulePublish, ({ params }) => {
    const store = getMockStore();
    const refused = refuseNonOrganizer(store);
    if (refused) return refused;
    const edition = editionOf(params.slug);
    if (edition instanceof Response) return edition;
    const slug = edition.conference.slug;
    const state = stateOf(store);
    const drafts = draftsOf(state, slug);
    const created = createdOf(state, slug);
    const { sessions, changes } = draftView(edition, drafts, created);
    if (changes.length === 0) return problemResponse('schedule_nothing_to_publish');
    const now = toInstant(new Date());
    const changed = new Set(changes.map((c) => c.code));
    edition.sessions = sessions.map((s) => (changed.has(s.code) ? { ...s, updatedAt: now } : s));
    drafts.clear();
    created.length = 0;
    const version = ++edition.conference.scheduleVersion;
    const published = changes.map((c) => ({ ...c, version, publishedAt: now }));
    state.changes.set(slug, [...(state.changes.get(slug) ?? []), ...published]);
    notifyChange(store, slug, 'sessions');
    notifyChange(store, slug, 'conference');
    return respond(schedulePublishResultSchema, { scheduleVersion: version, changes: published });
  }),

  http.get(apiRoutes.scheduleChanges, ({ params, request }) => {
    const edition = editionOf(params.slug);
    if (edition instanceof Response) return edition;
    const query = readQuery(request, scheduleChangesQuerySchema);
    if (!query.ok) return query.response;
    const all = stateOf(getMockStore()).changes.get(edition.conference.slug) ?? [];
    return respond(scheduleChangesSchema, {
      scheduleVersion: edition.conference.scheduleVersion,
      since: query.data.since,
      changes: all.filter(
        (c) => c.version > query.data.since && (!query.data.code || c.code === query.data.code),
      ),
    });
  }),

  http.post(apiRoutes.scheduleImportPreview, async ({ params, request }) => {
    const store = getMockStore();
    const refused = refuseNonOrganizer(store);
    if (refused) return refused;
    const edition = editionOf(params.slug);
    if (edition instanceof Response) return edition;
    const conference = edition.conference;
    let content: string | Uint8Array;
    let format: ScheduleFormat | undefined;
    if (SCHEDULE_UPLOAD_TYPES.includes(request.headers.get('content-type')?.split(';')[0] ?? '')) {
      content = new Uint8Array(await request.arrayBuffer());
      format = scheduleUploadQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams)).format;
    } else {
      const body = await readJsonBody(request, scheduleImportRequestSchema);
      if (!body.ok) return body.response;
      // The mock never fetches: an address is refused like one the server may not reach.
      if (!('content' in body.data))
        return problemResponse('import_url_refused', 'The mock API does not fetch URLs.');
      ({ content, format } = body.data);
    }
    const parsed = parseSchedule(content, format, {
      fallbackTimeZone: conference.timeZone,
      identityScope: conference.slug,
    });
    if (!parsed.ok) return problemResponse('import_unreadable', parsed.reason);
    const schedule = parsed.schedule;
    if (schedule.sessions.length === 0) return problemResponse('import_empty');
    const plan = planImport(currentSchedule(edition), schedule, { newId: mockNewId });
    const warnings = [...schedule.warnings, ...plan.warnings];
    const previewId = crypto.randomUUID();
    stateOf(store).previews.set(previewId, {
      slug: conference.slug,
      schedule,
      baseVersion: conference.scheduleVersion,
      applied: false,
    });
    const roomName = new Map([...conference.rooms, ...plan.rooms].map((r) => [r.id, r.name]));
    const preview: ScheduleImportPreview = {
      previewId,
      format: schedule.format,
      source: {
        title: schedule.conference.title,
        acronym: schedule.conference.acronym,
        timeZone: schedule.conference.timeZone,
        layout: schedule.layout,
      },
      baseVersion: conference.scheduleVersion,
      expiresAt: toInstant(new Date(Date.now() + 3_600_000)),
      appliedAt: null,
      counts: countsOf(plan, warnings),
      read: readSummary(schedule, conference.timeZone),
      confirmationRequired: needsConfirmation(plan, MASS_CANCEL_SHARE),
      publishedSessions: plan.published,
      sessions: {
        added: plan.added.map((s) => ({
          guid: s.guid,
          code: s.code,
          title: s.values.title,
          startsAt: s.values.startsAt,
          room: (s.values.roomId && roomName.get(s.values.roomId)) || '',
        })),
        changed: plan.changed.map((s) => ({
          guid: s.guid,
          code: s.code,
          title: s.title,
          changes: s.changes,
        })),
        removed: plan.removed.map((s) => ({ guid: s.guid, code: s.code, title: s.title })),
      },
      rooms: { added: plan.rooms.map((r) => ({ name: r.name, slug: r.slug })) },
      tracks: { added: plan.tracks.map((t) => ({ name: t.name, color: t.color })) },
      speakers: { added: plan.speakers.map((s) => ({ code: s.code, name: s.name })) },
      warnings,
    };
    return respond(scheduleImportPreviewSchema, preview, { status: 201 });
  }),

  http.post(apiRoutes.scheduleImportApply, ({ params, request }) => {
    const store = getMockStore();
    const refused = refuseNonOrganizer(store);
    if (refused) return refused;
    const edition = editionOf(params.slug);
    if (edition instanceof Response) return edition;
    const state = stateOf(store);
    const preview = state.previews.get(String(params.previewId));
    if (!preview || preview.slug !== edition.conference.slug)
      return problemResponse('import_preview_not_found');
    if (preview.applied) return problemResponse('import_preview_applied');
    const conference = edition.conference;
    if (preview.baseVersion !== conference.scheduleVersion) {
      return problemResponse(
        'import_preview_stale',
        `The preview was made at schedule version ${preview.baseVersion}; it is now ${conference.scheduleVersion}.`,
      );
    }
    const current = currentSchedule(edition);
    const plan = planImport(current, preview.schedule, { newId: mockNewId });
    const confirmed = new URL(request.url).searchParams.get('confirm') === 'true';
    if (!confirmed && needsConfirmation(plan, MASS_CANCEL_SHARE))
      return problemResponse('import_confirmation_required');
    preview.applied = true;
    const now = toInstant(new Date());
    applyPlan(edition, plan, now);
    const changed = plan.added.length + plan.changed.length + plan.removed.length > 0;
    if (changed) {
      const version = ++conference.scheduleVersion;
      const entries = importChanges(current, plan).map((c) => ({ ...c, version, publishedAt: now }));
      state.changes.set(conference.slug, [...(state.changes.get(conference.slug) ?? []), ...entries]);
      notifyChange(store, conference.slug, 'sessions');
      notifyChange(store, conference.slug, 'conference');
    }
    const warnings = [...preview.schedule.warnings, ...plan.warnings];
    return respond(scheduleImportResultSchema, {
      scheduleVersion: conference.scheduleVersion,
      counts: countsOf(plan, warnings),
      read: readSummary(preview.schedule, conference.timeZone),
    });
  }),
];

import type {
  ScheduleChange,
  ScheduleChanges,
  ScheduleChangesQuery,
  ScheduleDraft,
  SchedulePublishResult,
  Session,
  SessionCreate,
  SessionUpdate,
  User,
} from '@shared/contract';
import { randomUUID } from 'node:crypto';
import { randomCode } from '@shared/text/codes';
import { slugify } from '@shared/text/slug';
import {
  applyUpdate,
  buildSchedulePatch,
  describeChange,
  pruneUpdate,
  subjectOf,
} from '@shared/schedule-changes';
import { toInstant } from '@shared/time';
import type { AppDeps } from '../../deps';
import type { ConferenceRow } from '../../db/schema';
import { HttpProblem } from '../../http/problem';
import { recordAudit } from '../audit';
import { getConference } from '../conferences';
import { getSession, listSessions } from '../sessions';
import * as repo from './repository';
import { bumpScheduleVersion, lockScheduleVersion } from './versions';

type Deps = Pick<AppDeps, 'db' | 'dbKind' | 'clock'>;

/** Instants as stored: whole seconds in UTC, whatever precision the client sent. */
function normalized(update: SessionUpdate): SessionUpdate {
  const out = { ...update };
  if (out.startsAt) out.startsAt = toInstant(new Date(out.startsAt));
  if (out.endsAt) out.endsAt = toInstant(new Date(out.endsAt));
  return out;
}

function mergeUpdates(older: SessionUpdate | null, newer: SessionUpdate): SessionUpdate {
  if (!older) return newer;
  const links = older.links || newer.links ? { ...older.links, ...newer.links } : undefined;
  return { ...older, ...newer, ...(links ? { links } : {}) };
}

/** What the draft would publish, with the problems a field-level schema cannot see. */
function drafted(published: Session, update: SessionUpdate, speakers: SpeakerIndex): Session {
  const session = applyUpdate(published, update, namesOf(speakers));
  if (Date.parse(session.endsAt) <= Date.parse(session.startsAt)) {
    throw new HttpProblem('validation_failed', `Session ${session.code} would end before it starts.`, {
      [update.endsAt ? 'endsAt' : 'startsAt']: ['The session must end after it starts'],
    });
  }
  return session;
}

type SpeakerIndex = Awaited<ReturnType<typeof repo.referenceIndex>>;

const namesOf = (index: SpeakerIndex) => new Map([...index.speakers].map(([code, s]) => [code, s.name]));

/**
 * A draft without the speakers, room or track deleted since it was saved: they can no longer
 * be published (a deleted room leaves a published session without one too).
 */
function withKnownSpeakers(update: SessionUpdate, index: SpeakerIndex): SessionUpdate {
  const out = { ...update };
  if (out.speakerCodes) out.speakerCodes = out.speakerCodes.filter((code) => index.speakers.has(code));
  if (out.roomId && !index.rooms.has(out.roomId)) out.roomId = null;
  if (out.trackId && !index.tracks.has(out.trackId)) out.trackId = null;
  return out;
}

/** A console-created session as it would be published: its draft over empty content. */
function creationSession(row: repo.CreationRow, speakers: SpeakerIndex): Session {
  const blank: Session = {
    code: row.code,
    guid: row.guid,
    slug: row.code.toLowerCase(),
    title: '',
    type: 'talk',
    format: 'in-person',
    language: 'en',
    status: 'confirmed',
    trackId: null,
    roomId: null,
    startsAt: row.updatedAt,
    endsAt: row.updatedAt,
    description: '',
    recordingOptOut: false,
    speakers: [],
    links: { youtube: null, mediaCccDe: null, slides: null },
    updatedAt: row.updatedAt,
  };
  const session = applyUpdate(blank, withKnownSpeakers(row.draft, speakers), namesOf(speakers));
  return { ...session, slug: slugify(session.title) || blank.slug };
}

const byStart = (a: Session, b: Session) =>
  a.startsAt.localeCompare(b.startsAt) || a.code.localeCompare(b.code);

/** Every session as the organizer is editing it, unpublished new ones too, and what publishing would change. */
export async function getDraft(deps: Deps, conference: ConferenceRow): Promise<ScheduleDraft> {
  const [sessions, drafts, creations, speakers] = await Promise.all([
    listSessions(deps.db, conference, {}),
    repo.findDrafts(deps.db, conference.id),
    repo.findCreations(deps.db, conference.id),
    repo.referenceIndex(deps.db, conference.id),
  ]);
  const patches = await patchesByCode(deps, conference.id, drafts);
  const changes: ScheduleChange[] = [];
  const view = sessions.map((s) => {
    const patch = patches.get(s.code);
    if (!patch) return s;
    const next = applyUpdate(s, withKnownSpeakers(patch, speakers), namesOf(speakers));
    const change = describeChange(subjectOf(s), subjectOf(next));
    if (change) changes.push(change);
    return next;
  });
  const created = creations.map((row) => creationSession(row, speakers));
  for (const s of created) changes.push(describeChange(null, subjectOf(s))!);
  changes.sort((a, b) => a.code.localeCompare(b.code));
  const all = created.length > 0 ? [...view, ...created].sort(byStart) : view;
  return { scheduleVersion: conference.schedule_version, sessions: all, changes };
}

async function patchesByCode(deps: Deps, conferenceId: string, drafts: repo.DraftRow[]) {
  if (drafts.length === 0) return new Map<string, SessionUpdate>();
  const codes = await deps.db
    .selectFrom('sessions')
    .select(['id', 'code'])
    .where('conference_id', '=', conferenceId)
    .execute();
  const codeOf = new Map(codes.map((r) => [r.id, r.code]));
  return new Map(drafts.map((d) => [codeOf.get(d.sessionId)!, d.patch]));
}

/** Field errors for rooms, tracks and speakers the update names that the edition does not have. */
async function refusedReferences(
  trx: repo.Db,
  conferenceId: string,
  update: SessionUpdate,
  speakers: SpeakerIndex,
) {
  const exists = await repo.placeIdsExist(trx, conferenceId, {
    roomId: update.roomId ?? undefined,
    trackId: update.trackId ?? undefined,
  });
  const errors: Record<string, string[]> = {};
  if (!exists.room) errors.roomId = ['There is no such room in this conference'];
  if (!exists.track) errors.trackId = ['There is no such track in this conference'];
  const unknown = (update.speakerCodes ?? []).filter((code) => !speakers.speakers.has(code));
  if (unknown.length > 0)
    errors.speakerCodes = [`There is no speaker ${unknown.join(', ')} in this conference`];
  if (Object.keys(errors).length > 0) throw new HttpProblem('validation_failed', undefined, errors);
}

/**
 * Records an organizer's edit as the session's draft, merged with earlier unpublished edits.
 * The conference row is locked like a publish locks it, so an edit is never lost between a
 * publish reading the drafts and deleting them. A session created in the console and not yet
 * published keeps its whole content as its draft.
 */
export async function updateSession(
  deps: Deps,
  conference: ConferenceRow,
  user: User,
  code: string,
  input: SessionUpdate,
): Promise<Session> {
  const update = normalized(input);
  const now = toInstant(deps.clock());
  return deps.db.transaction().execute(async (trx) => {
    await lockScheduleVersion(trx, deps.dbKind, conference.id);
    const id = await repo.findSessionId(trx, conference.id, code);
    const creation = id ? null : await repo.findCreation(trx, conference.id, code);
    if (!id && !creation) throw new HttpProblem('session_not_found', `There is no session "${code}".`);
    const speakers = await repo.referenceIndex(trx, conference.id);
    await refusedReferences(trx, conference.id, update, speakers);

    let session: Session;
    if (creation) {
      const merged = mergeUpdates(creation.draft, update);
      session = drafted(creationSession({ ...creation, draft: {} }, speakers), merged, speakers);
      await repo.updateCreation(trx, creation.id, merged, now);
      session = { ...session, slug: slugify(session.title) || session.slug, updatedAt: now };
    } else {
      const published = await getSession(trx, conference, code);
      const merged = mergeUpdates(await repo.findDraft(trx, id!), update);
      session = drafted(published, merged, speakers);
      const patch = pruneUpdate(published, merged);
      if (Object.keys(patch).length === 0) await repo.deleteDrafts(trx, [id!]);
      else
        await repo.saveDraft(trx, {
          sessionId: id!,
          conferenceId: conference.id,
          patch,
          userId: user.id,
          at: now,
        });
    }
    await recordAudit(trx, {
      conferenceId: conference.id,
      userId: user.id,
      action: 'session.drafted',
      subject: code,
      detail: { update },
      at: now,
    });
    return session;
  });
}

/**
 * Creates a session from the console as an unpublished draft with a fresh code: attendees see
 * it only after the next publish, which lists it as new.
 */
export async function createSession(
  deps: Deps,
  conference: ConferenceRow,
  user: User,
  input: SessionCreate,
): Promise<Session> {
  const draft = normalized(input);
  const now = toInstant(deps.clock());
  return deps.db.transaction().execute(async (trx) => {
    await lockScheduleVersion(trx, deps.dbKind, conference.id);
    const speakers = await repo.referenceIndex(trx, conference.id);
    await refusedReferences(trx, conference.id, draft, speakers);
    // The lock serialises creations, so a code checked free stays free until the insert.
    let code = randomCode();
    for (let attempt = 0; await repo.sessionCodeTaken(trx, conference.id, code); attempt++) {
      if (attempt >= 5) throw new Error('No free session code after 6 attempts');
      code = randomCode();
    }
    const row = { id: randomUUID(), code, guid: randomUUID(), draft, updatedAt: now };
    await repo.insertCreation(trx, { ...row, conferenceId: conference.id, userId: user.id, at: now });
    await recordAudit(trx, {
      conferenceId: conference.id,
      userId: user.id,
      action: 'session.created',
      subject: code,
      detail: { session: draft },
      at: now,
    });
    return creationSession(row, speakers);
  });
}

/** Deletes a console-created session that was never published; a published one is cancelled instead. */
export async function discardSession(deps: Deps, conference: ConferenceRow, user: User, code: string) {
  const now = toInstant(deps.clock());
  await deps.db.transaction().execute(async (trx) => {
    await lockScheduleVersion(trx, deps.dbKind, conference.id);
    const creation = await repo.findCreation(trx, conference.id, code);
    if (!creation) {
      if (await repo.findSessionId(trx, conference.id, code)) throw new HttpProblem('session_published');
      throw new HttpProblem('session_not_found', `There is no session "${code}".`);
    }
    await repo.deleteCreations(trx, [creation.id]);
    await recordAudit(trx, {
      conferenceId: conference.id,
      userId: user.id,
      action: 'session.discarded',
      subject: code,
      detail: { session: creation.draft },
      at: now,
    });
  });
}

/**
 * Publishes every draft as one new schedule version with its changelog, computed against the
 * published sessions; attendees see the sessions change only now, all at once.
 */
export async function publishSchedule(
  deps: Deps,
  conference: ConferenceRow,
  user: User,
): Promise<SchedulePublishResult> {
  const now = toInstant(deps.clock());
  return deps.db.transaction().execute(async (trx) => {
    await lockScheduleVersion(trx, deps.dbKind, conference.id);
    const [drafts, creations] = await Promise.all([
      repo.findDrafts(trx, conference.id),
      repo.findCreations(trx, conference.id),
    ]);
    if (drafts.length === 0 && creations.length === 0) throw new HttpProblem('schedule_nothing_to_publish');
    const speakers = await repo.referenceIndex(trx, conference.id);
    const speakerIds = (codes: string[]) => codes.map((code) => speakers.speakers.get(code)!.id);
    const byId = new Map(drafts.map((d) => [d.sessionId, withKnownSpeakers(d.patch, speakers)]));
    const rows =
      byId.size === 0
        ? []
        : await trx
            .selectFrom('sessions')
            .select(['id', 'code'])
            .where('id', 'in', [...byId.keys()])
            .execute();
    const changes: ScheduleChange[] = [];
    for (const row of rows) {
      const published = await getSession(trx, conference, row.code);
      const patch = byId.get(row.id)!;
      const next = drafted(published, patch, speakers);
      const change = describeChange(subjectOf(published), subjectOf(next));
      if (!change) continue;
      const ids = patch.speakerCodes ? speakerIds(patch.speakerCodes) : null;
      await repo.publishSession(trx, row.id, next, now, ids);
      changes.push(change);
    }
    for (const row of creations) {
      const session = creationSession(row, speakers);
      await repo.insertPublishedSession(trx, {
        id: row.id,
        conferenceId: conference.id,
        session,
        speakerIds: speakerIds(session.speakers.map((s) => s.code)),
        now,
      });
      changes.push(describeChange(null, subjectOf(session))!);
    }
    changes.sort((a, b) => a.code.localeCompare(b.code));
    await repo.deleteDrafts(trx, [...byId.keys()]);
    await repo.deleteCreations(
      trx,
      creations.map((c) => c.id),
    );
    if (changes.length === 0) throw new HttpProblem('schedule_nothing_to_publish');
    const scheduleVersion = await bumpScheduleVersion(trx, conference.id);
    await repo.insertChanges(trx, conference.id, scheduleVersion, changes, now);
    await recordAudit(trx, {
      conferenceId: conference.id,
      userId: user.id,
      action: 'schedule.published',
      subject: String(scheduleVersion),
      detail: {
        scheduleVersion,
        changes: changes.map((c) => ({ code: c.code, kind: c.kind, fields: c.fields })),
      },
      at: now,
    });
    return {
      scheduleVersion,
      changes: changes.map((c) => ({ ...c, version: scheduleVersion, publishedAt: now })),
    };
  });
}

/**
 * The changelog since a version and, for the whole schedule, the patch that brings a list held
 * at that version to the current one. The changes are read before the list: a publish in
 * between leaves the patch short of it, which the client sees by the digest and refetches.
 */
export async function listChanges(
  deps: Deps,
  conference: ConferenceRow,
  query: ScheduleChangesQuery,
): Promise<ScheduleChanges> {
  const changes = await repo.findChangesSince(deps.db, conference.id, query.since, query.code);
  const answer = { scheduleVersion: conference.schedule_version, since: query.since, changes };
  if (query.code) return answer;
  const [current, { sessionTypes }] = await Promise.all([
    listSessions(deps.db, conference, {}),
    getConference(deps.db, conference.slug),
  ]);
  const changed = new Set(changes.map((c) => c.code));
  return { ...answer, patch: buildSchedulePatch(current, changed, sessionTypes) };
}

import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import {
  type ConferenceDay,
  type CreateRoom,
  type CreateSpeaker,
  type CreateTrack,
  type DeleteResult,
  type ProblemCode,
  type Room,
  type ScheduleChange,
  type Session,
  type Speaker,
  type Track,
  type UpdateConferenceDay,
  type UpdateRoom,
  type UpdateSpeaker,
  type UpdateTrack,
  type User,
} from '@shared/contract';
import { describeChange, subjectOf } from '@shared/schedule-changes';
import { toInstant } from '@shared/time';
import { randomCode } from '@shared/text/codes';
import type { AppDeps } from '../../deps';
import type { ConferenceRow, Database } from '../../db/schema';
import { askUnlessConfirmed, dependentsOf } from '../../http/dependents';
import { HttpProblem } from '../../http/problem';
import { recordAudit } from '../audit';
import { isUniqueViolation } from '../auth';
import { bumpScheduleVersion, insertChanges, lockScheduleVersion } from '../schedule-publishing';
import { listSessions } from '../sessions';
import { getSpeaker } from '../speakers';
import * as repo from './repository';

type Deps = Pick<AppDeps, 'db' | 'dbKind' | 'clock'>;

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Field errors for a slug or name another row already has. */
function conflicts(
  rows: { id: string; slug: string; name: string }[],
  input: { slug?: string | undefined; name?: string | undefined },
  ownId: string | null,
  what: string,
): Record<string, string[]> {
  const others = rows.filter((r) => r.id !== ownId);
  const errors: Record<string, string[]> = {};
  if (input.slug !== undefined && others.some((r) => r.slug === input.slug))
    errors.slug = [`Another ${what} already uses this slug`];
  if (input.name !== undefined && others.some((r) => same(r.name, input.name!)))
    errors.name = [`Another ${what} already has this name`];
  return errors;
}

/** Before/after of each field the update really changes, for the audit log. */
function changesOf<T extends Record<string, unknown>>(before: T, update: Partial<T>) {
  const out: Record<string, [unknown, unknown]> = {};
  for (const [key, value] of Object.entries(update)) {
    if (value !== undefined && before[key] !== value) out[key] = [before[key], value];
  }
  return out;
}

type Trx = Transaction<Database>;

async function inTransaction<T>(deps: Deps, taken: ProblemCode, work: (trx: Trx) => Promise<T>): Promise<T> {
  try {
    return await deps.db.transaction().execute(work);
  } catch (err) {
    // Two organizers creating the same slug at once: the constraint decides, the loser hears why.
    if (isUniqueViolation(err)) throw new HttpProblem(taken, undefined, { slug: ['Already in use'] });
    throw err;
  }
}

const toRoom = (r: {
  id: string;
  slug: string;
  name: string;
  position: number;
  live_stream_url: string | null;
}): Room => ({
  id: r.id,
  slug: r.slug,
  name: r.name,
  position: r.position,
  liveStreamUrl: r.live_stream_url,
});

const toTrack = (t: { id: string; slug: string; name: string; color: string }): Track => ({
  id: t.id,
  slug: t.slug,
  name: t.name,
  color: t.color,
});

export async function createRoom(
  deps: Deps,
  conference: ConferenceRow,
  user: User,
  input: CreateRoom,
): Promise<Room> {
  const now = toInstant(deps.clock());
  return inTransaction(deps, 'room_taken', async (trx) => {
    const errors = conflicts(await repo.findRoomRows(trx, conference.id), input, null, 'room');
    if (Object.keys(errors).length > 0) throw new HttpProblem('room_taken', undefined, errors);
    const row = {
      id: randomUUID(),
      conference_id: conference.id,
      slug: input.slug,
      name: input.name,
      position: input.position ?? (await repo.nextRoomPosition(trx, conference.id)),
      live_stream_url: input.liveStreamUrl ?? null,
    };
    await repo.insertRoom(trx, row);
    await recordAudit(trx, {
      conferenceId: conference.id,
      userId: user.id,
      action: 'room.created',
      subject: row.slug,
      detail: { name: row.name },
      at: now,
    });
    return toRoom(row);
  });
}

export async function updateRoom(
  deps: Deps,
  conference: ConferenceRow,
  user: User,
  id: string,
  input: UpdateRoom,
): Promise<Room> {
  const now = toInstant(deps.clock());
  return inTransaction(deps, 'room_taken', async (trx) => {
    const rows = await repo.findRoomRows(trx, conference.id);
    const row = rows.find((r) => r.id === id);
    if (!row) throw new HttpProblem('room_not_found', `There is no room "${id}".`);
    const errors = conflicts(rows, input, id, 'room');
    if (Object.keys(errors).length > 0) throw new HttpProblem('room_taken', undefined, errors);
    const before = toRoom(row);
    const after: Room = { ...before, ...input };
    await repo.updateRoomRow(trx, id, {
      slug: after.slug,
      name: after.name,
      position: after.position,
      live_stream_url: after.liveStreamUrl,
    });
    await recordAudit(trx, {
      conferenceId: conference.id,
      userId: user.id,
      action: 'room.updated',
      subject: after.slug,
      detail: { changes: changesOf(before, input) },
      at: now,
    });
    return after;
  });
}

/**
 * Lays `edit` over every affected published session as one new schedule version with its
 * changelog, so attendees are told (a "moved" badge, a changes entry) instead of a session
 * silently losing its room. Returns the version the schedule is at afterwards.
 */
async function publishStructuralChange(
  trx: Trx,
  deps: Deps,
  conference: ConferenceRow,
  affected: Set<string>,
  edit: (s: Session) => Session,
  now: string,
  current: number,
): Promise<number> {
  if (affected.size === 0) return current;
  const sessions = (await listSessions(trx, conference, {})).filter((s) => affected.has(s.code));
  const changes: ScheduleChange[] = [];
  for (const s of sessions.sort((a, b) => a.code.localeCompare(b.code))) {
    const change = describeChange(subjectOf(s), subjectOf(edit(s)));
    if (change) changes.push(change);
  }
  if (changes.length === 0) return current;
  const version = await bumpScheduleVersion(trx, conference.id);
  await insertChanges(trx, conference.id, version, changes, now);
  return version;
}

/**
 * Deletes a room or track. Sessions in it keep everything else and go to "no room" / "no
 * track", published as a schedule version; drafts that would move a session into it drop that
 * move. Without `confirm`, anything depending on it makes this a 409 listing the dependents.
 */
async function deletePlace(
  deps: Deps,
  conference: ConferenceRow,
  user: User,
  kind: 'room' | 'track',
  id: string,
  confirm: boolean,
): Promise<DeleteResult> {
  const now = toInstant(deps.clock());
  const column = kind === 'room' ? 'room_id' : 'track_id';
  const field = kind === 'room' ? 'roomId' : 'trackId';
  return deps.db.transaction().execute(async (trx) => {
    const current = await lockScheduleVersion(trx, deps.dbKind, conference.id);
    const rows =
      kind === 'room'
        ? await repo.findRoomRows(trx, conference.id)
        : await repo.findTrackRows(trx, conference.id);
    const row = rows.find((r) => r.id === id);
    if (!row) throw new HttpProblem(`${kind}_not_found`, `There is no ${kind} "${id}".`);
    const sessions = await repo.sessionsUsing(trx, conference.id, column, id);
    const drafts = (await repo.draftRows(trx, conference.id)).filter((d) => d.patch[field] === id);
    askUnlessConfirmed(
      `${kind}_in_use`,
      [
        ...dependentsOf(
          'session',
          sessions.map((s) => s.title),
        ),
        ...dependentsOf(
          'draft',
          drafts.map((d) => d.title),
        ),
      ],
      confirm,
      `${sessions.length} session(s) and ${drafts.length} draft(s) use the ${kind} "${row.name}".`,
    );
    const codes = new Set(sessions.map((s) => s.code));
    // Computed before the rows change: the changelog compares the published sessions.
    const version = await publishStructuralChange(
      trx,
      deps,
      conference,
      codes,
      (s) => ({ ...s, [field]: null }),
      now,
      current,
    );
    await repo.touchSessions(
      trx,
      sessions.map((s) => s.id),
      { [column]: null },
      now,
    );
    for (const d of drafts) {
      const { [field]: _dropped, ...rest } = d.patch;
      await repo.replaceDraftPatch(trx, d.sessionId, rest);
    }
    await repo.deleteRow(trx, kind === 'room' ? 'rooms' : 'tracks', id);
    await recordAudit(trx, {
      conferenceId: conference.id,
      userId: user.id,
      action: `${kind}.deleted`,
      subject: row.slug,
      detail: {
        name: row.name,
        sessions: [...codes],
        draftsChanged: drafts.length,
        ...(version !== current ? { scheduleVersion: version } : {}),
      },
      at: now,
    });
    return { sessionsChanged: codes.size, scheduleVersion: version };
  });
}

export const deleteRoom = (deps: Deps, conference: ConferenceRow, user: User, id: string, confirm: boolean) =>
  deletePlace(deps, conference, user, 'room', id, confirm);

export const deleteTrack = (
  deps: Deps,
  conference: ConferenceRow,
  user: User,
  id: string,
  confirm: boolean,
) => deletePlace(deps, conference, user, 'track', id, confirm);

export async function createTrack(
  deps: Deps,
  conference: ConferenceRow,
  user: User,
  input: CreateTrack,
): Promise<Track> {
  const now = toInstant(deps.clock());
  return inTransaction(deps, 'track_taken', async (trx) => {
    const errors = conflicts(await repo.findTrackRows(trx, conference.id), input, null, 'track');
    if (Object.keys(errors).length > 0) throw new HttpProblem('track_taken', undefined, errors);
    const row = {
      id: randomUUID(),
      conference_id: conference.id,
      ...input,
      color: input.color.toLowerCase(),
    };
    await repo.insertTrack(trx, row);
    await recordAudit(trx, {
      conferenceId: conference.id,
      userId: user.id,
      action: 'track.created',
      subject: row.slug,
      detail: { name: row.name, color: row.color },
      at: now,
    });
    return toTrack(row);
  });
}

export async function updateTrack(
  deps: Deps,
  conference: ConferenceRow,
  user: User,
  id: string,
  input: UpdateTrack,
): Promise<Track> {
  const now = toInstant(deps.clock());
  const update = { ...input, ...(input.color ? { color: input.color.toLowerCase() } : {}) };
  return inTransaction(deps, 'track_taken', async (trx) => {
    const rows = await repo.findTrackRows(trx, conference.id);
    const row = rows.find((r) => r.id === id);
    if (!row) throw new HttpProblem('track_not_found', `There is no track "${id}".`);
    const errors = conflicts(rows, update, id, 'track');
    if (Object.keys(errors).length > 0) throw new HttpProblem('track_taken', undefined, errors);
    const before = toTrack(row);
    const after: Track = { ...before, ...update };
    await repo.updateTrackRow(trx, id, { slug: after.slug, name: after.name, color: after.color });
    await recordAudit(trx, {
      conferenceId: conference.id,
      userId: user.id,
      action: 'track.updated',
      subject: after.slug,
      detail: { changes: changesOf(before, update) },
      at: now,
    });
    return after;
  });
}

export async function updateDay(
  deps: Deps,
  conference: ConferenceRow,
  user: User,
  date: string,
  input: UpdateConferenceDay,
): Promise<ConferenceDay> {
  const now = toInstant(deps.clock());
  return deps.db.transaction().execute(async (trx) => {
    const row = await repo.findDayRow(trx, conference.id, date);
    if (!row)
      throw new HttpProblem('conference_day_not_found', `${date} is not a day of ${conference.name}.`);
    const before: ConferenceDay = {
      date: row.date,
      label: row.label,
      opensAt: row.opens_at,
      closesAt: row.closes_at,
      note: row.note,
    };
    const note = input.note === undefined ? before.note : input.note === '' ? null : input.note;
    const after: ConferenceDay = { ...before, ...input, note };
    await repo.updateDayRow(trx, conference.id, date, {
      label: after.label,
      opens_at: after.opensAt,
      closes_at: after.closesAt,
      note: after.note,
    });
    await recordAudit(trx, {
      conferenceId: conference.id,
      userId: user.id,
      action: 'day.updated',
      subject: date,
      detail: { changes: changesOf(before, { ...input, ...(input.note !== undefined ? { note } : {}) }) },
      at: now,
    });
    return after;
  });
}

export async function createSpeaker(
  deps: Deps,
  conference: ConferenceRow,
  user: User,
  input: CreateSpeaker,
): Promise<Speaker> {
  const now = toInstant(deps.clock());
  for (let attempt = 0; ; attempt++) {
    const code = randomCode();
    try {
      await deps.db.transaction().execute(async (trx) => {
        await repo.insertSpeaker(trx, {
          id: randomUUID(),
          conference_id: conference.id,
          code,
          name: input.name,
          affiliation: input.affiliation ? input.affiliation : null,
          bio: input.bio ?? '',
        });
        await recordAudit(trx, {
          conferenceId: conference.id,
          userId: user.id,
          action: 'speaker.created',
          subject: code,
          detail: { name: input.name },
          at: now,
        });
      });
      return getSpeaker(deps.db, conference, code);
    } catch (err) {
      // 32^6 codes: a clash is rare, and a fresh code settles it.
      if (isUniqueViolation(err) && attempt < 3) continue;
      throw err;
    }
  }
}

export async function updateSpeaker(
  deps: Deps,
  conference: ConferenceRow,
  user: User,
  code: string,
  input: UpdateSpeaker,
): Promise<Speaker> {
  const now = toInstant(deps.clock());
  const update = {
    ...input,
    ...(input.affiliation !== undefined ? { affiliation: input.affiliation || null } : {}),
  };
  await deps.db.transaction().execute(async (trx) => {
    const row = await repo.findSpeakerRow(trx, conference.id, code);
    if (!row) throw new HttpProblem('speaker_not_found', `There is no speaker "${code}".`);
    await repo.updateSpeakerRow(trx, row.id, update);
    await recordAudit(trx, {
      conferenceId: conference.id,
      userId: user.id,
      action: 'speaker.updated',
      subject: code,
      detail: { changes: changesOf(row, update) },
      at: now,
    });
  });
  return getSpeaker(deps.db, conference, code);
}

/**
 * Deletes a speaker; the sessions they were on stay, without them in the byline, published
 * as a schedule version. Without `confirm` a speaker on sessions makes this a 409.
 */
export async function deleteSpeaker(
  deps: Deps,
  conference: ConferenceRow,
  user: User,
  code: string,
  confirm: boolean,
): Promise<DeleteResult> {
  const now = toInstant(deps.clock());
  return deps.db.transaction().execute(async (trx) => {
    const current = await lockScheduleVersion(trx, deps.dbKind, conference.id);
    const row = await repo.findSpeakerRow(trx, conference.id, code);
    if (!row) throw new HttpProblem('speaker_not_found', `There is no speaker "${code}".`);
    const sessions = await repo.sessionsOfSpeaker(trx, row.id);
    askUnlessConfirmed(
      'speaker_in_use',
      dependentsOf(
        'session',
        sessions.map((s) => s.title),
      ),
      confirm,
      `${row.name} is on ${sessions.length} session(s).`,
    );
    const codes = new Set(sessions.map((s) => s.code));
    const version = await publishStructuralChange(
      trx,
      deps,
      conference,
      codes,
      (s) => ({ ...s, speakers: s.speakers.filter((p) => p.code !== code) }),
      now,
      current,
    );
    await repo.deleteSpeakerRow(trx, row.id);
    await repo.touchSessions(
      trx,
      sessions.map((s) => s.id),
      {},
      now,
    );
    await recordAudit(trx, {
      conferenceId: conference.id,
      userId: user.id,
      action: 'speaker.deleted',
      subject: code,
      detail: {
        name: row.name,
        sessions: [...codes],
        ...(version !== current ? { scheduleVersion: version } : {}),
      },
      at: now,
    });
    return { sessionsChanged: codes.size, scheduleVersion: version };
  });
}

import type { Kysely, Transaction } from 'kysely';
import type { CurrentSchedule, CurrentSession, ImportPlan, SessionValues } from '@shared/interop';
import type { ConferenceRow, Database, ScheduleImportPreviewsTable } from '../../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

/** Rows per multi-row insert: well under SQLite's and Postgres's bound-parameter limits. */
const CHUNK = 200;

function chunks<T>(rows: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** The conference's schedule as the import planner compares it with a file. */
export async function loadCurrentSchedule(db: Db, conference: ConferenceRow): Promise<CurrentSchedule> {
  const id = conference.id;
  const [days, rooms, tracks, speakers, sessions, links] = await Promise.all([
    db.selectFrom('conference_days').select('date').where('conference_id', '=', id).execute(),
    db
      .selectFrom('rooms')
      .select(['id', 'slug', 'name', 'position'])
      .where('conference_id', '=', id)
      .execute(),
    db.selectFrom('tracks').select(['id', 'slug', 'name']).where('conference_id', '=', id).execute(),
    db
      .selectFrom('speakers')
      .select(['id', 'code', 'name'])
      .where('conference_id', '=', id)
      .orderBy('code')
      .execute(),
    db.selectFrom('sessions').selectAll().where('conference_id', '=', id).orderBy('starts_at').execute(),
    db
      .selectFrom('session_speakers as ss')
      .innerJoin('sessions as s', 's.id', 'ss.session_id')
      .select(['ss.session_id', 'ss.speaker_id'])
      .where('s.conference_id', '=', id)
      .orderBy('ss.session_id')
      .orderBy('ss.position')
      .execute(),
  ]);
  const speakerIds = new Map<string, string[]>();
  for (const l of links)
    speakerIds.set(l.session_id, [...(speakerIds.get(l.session_id) ?? []), l.speaker_id]);
  return {
    slug: conference.slug,
    timeZone: conference.time_zone,
    days: days.map((d) => d.date),
    rooms,
    tracks,
    speakers,
    sessions: sessions.map((s): CurrentSession => ({
      id: s.id,
      guid: s.guid,
      code: s.code,
      title: s.title,
      type: s.type,
      language: s.language,
      status: s.status === 'cancelled' ? 'cancelled' : 'confirmed',
      roomId: s.room_id,
      trackId: s.track_id,
      startsAt: s.starts_at,
      endsAt: s.ends_at,
      description: s.description,
      recordingOptOut: s.recording_opt_out === 1,
      youtube: s.youtube_url,
      mediaCccDe: s.media_ccc_de_url,
      slides: s.slides_url,
      video: s.video_url,
      speakerIds: speakerIds.get(s.id) ?? [],
    })),
  };
}

const sessionColumns = (v: SessionValues, now: string) => ({
  title: v.title,
  type: v.type,
  language: v.language,
  status: v.status,
  room_id: v.roomId,
  track_id: v.trackId,
  starts_at: v.startsAt,
  ends_at: v.endsAt,
  description: v.description,
  recording_opt_out: v.recordingOptOut ? 1 : 0,
  youtube_url: v.youtube,
  media_ccc_de_url: v.mediaCccDe,
  slides_url: v.slides,
  video_url: v.video,
  updated_at: now,
});

async function insertSpeakerLinks(
  trx: Transaction<Database>,
  sessions: { id: string; values: SessionValues }[],
) {
  const rows = sessions.flatMap((s) =>
    s.values.speakerIds.map((speakerId, position) => ({ session_id: s.id, speaker_id: speakerId, position })),
  );
  for (const part of chunks(rows, 500)) await trx.insertInto('session_speakers').values(part).execute();
}

/** Writes a plan: new rooms, tracks, speakers and sessions, changed sessions, cancellations. */
export async function applyPlan(
  trx: Transaction<Database>,
  conferenceId: string,
  plan: ImportPlan,
  now: string,
) {
  for (const part of chunks(plan.rooms)) {
    await trx
      .insertInto('rooms')
      .values(part.map((r) => ({ ...r, conference_id: conferenceId, live_stream_url: null })))
      .execute();
  }
  for (const part of chunks(plan.tracks)) {
    await trx
      .insertInto('tracks')
      .values(part.map((t) => ({ ...t, conference_id: conferenceId })))
      .execute();
  }
  for (const part of chunks(plan.speakers)) {
    await trx
      .insertInto('speakers')
      .values(part.map((s) => ({ ...s, conference_id: conferenceId, affiliation: null })))
      .execute();
  }
  for (const part of chunks(plan.added, 100)) {
    await trx
      .insertInto('sessions')
      .values(
        part.map((s) => ({
          id: s.id,
          conference_id: conferenceId,
          code: s.code,
          guid: s.guid,
          slug: s.slug,
          format: 'in-person',
          ...sessionColumns(s.values, now),
        })),
      )
      .execute();
  }
  await insertSpeakerLinks(trx, plan.added);

  const newSpeakers: typeof plan.changed = [];
  for (const s of plan.changed) {
    await trx.updateTable('sessions').set(sessionColumns(s.values, now)).where('id', '=', s.id).execute();
    if (s.changes.some((c) => c.field === 'speakers')) newSpeakers.push(s);
  }
  for (const part of chunks(newSpeakers.map((s) => s.id))) {
    await trx.deleteFrom('session_speakers').where('session_id', 'in', part).execute();
  }
  await insertSpeakerLinks(trx, newSpeakers);

  for (const part of chunks(plan.removed.map((s) => s.id))) {
    await trx
      .updateTable('sessions')
      .set({ status: 'cancelled', updated_at: now })
      .where('id', 'in', part)
      .execute();
  }
}

export async function insertPreview(
  db: Db,
  row: {
    id: string;
    conferenceId: string;
    userId: string;
    format: ScheduleImportPreviewsTable['format'];
    source: string;
    baseVersion: number;
    schedule: ScheduleImportPreviewsTable['schedule'];
    summary: ScheduleImportPreviewsTable['summary'];
    createdAt: string;
    expiresAt: string;
  },
) {
  await db
    .insertInto('schedule_import_previews')
    .values({
      id: row.id,
      conference_id: row.conferenceId,
      created_by: row.userId,
      format: row.format,
      source: row.source,
      base_version: row.baseVersion,
      schedule: row.schedule,
      summary: row.summary,
      created_at: row.createdAt,
      expires_at: row.expiresAt,
    })
    .execute();
}

export function findLivePreview(db: Db, conferenceId: string, id: string, now: string) {
  return db
    .selectFrom('schedule_import_previews')
    .selectAll()
    .where('id', '=', id)
    .where('conference_id', '=', conferenceId)
    .where('expires_at', '>', now)
    .executeTakeFirst();
}

/** Marks a preview applied unless it already is; false when another request got there first. */
export async function markPreviewApplied(
  trx: Transaction<Database>,
  id: string,
  userId: string,
  now: string,
) {
  const result = await trx
    .updateTable('schedule_import_previews')
    .set({ applied_at: now, applied_by: userId })
    .where('id', '=', id)
    .where('applied_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Previews hold whole files; expired ones are only clutter. */
export async function purgeExpiredPreviews(db: Db, now: string) {
  await db.deleteFrom('schedule_import_previews').where('expires_at', '<=', now).execute();
}

export function findLinkableSessions(db: Db, conferenceId: string) {
  return db
    .selectFrom('sessions')
    .select(['id', 'guid', 'code', 'title', 'youtube_url', 'media_ccc_de_url'])
    .where('conference_id', '=', conferenceId)
    .orderBy('starts_at')
    .execute();
}

export async function setRecordingLink(
  trx: Transaction<Database>,
  sessionId: string,
  link: 'youtube' | 'mediaCccDe',
  url: string,
  now: string,
) {
  await trx
    .updateTable('sessions')
    .set(
      link === 'youtube' ? { youtube_url: url, updated_at: now } : { media_ccc_de_url: url, updated_at: now },
    )
    .where('id', '=', sessionId)
    .execute();
}

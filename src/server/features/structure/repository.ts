import type { Kysely, Transaction } from 'kysely';
import { sessionUpdateSchema, type SessionUpdate } from '@shared/contract';
import { readJson, writeJson } from '../../db/json-column';
import type { Database, RoomsTable, SpeakersTable, TracksTable } from '../../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

export function findRoomRows(db: Db, conferenceId: string) {
  return db.selectFrom('rooms').selectAll().where('conference_id', '=', conferenceId).execute();
}

export function findTrackRows(db: Db, conferenceId: string) {
  return db.selectFrom('tracks').selectAll().where('conference_id', '=', conferenceId).execute();
}

export async function nextRoomPosition(db: Db, conferenceId: string): Promise<number> {
  const row = await db
    .selectFrom('rooms')
    .select((eb) => eb.fn.max<number | null>('position').as('max'))
    .where('conference_id', '=', conferenceId)
    .executeTakeFirst();
  return (row?.max ?? -1) + 1;
}

export async function insertRoom(db: Db, row: RoomsTable): Promise<void> {
  await db.insertInto('rooms').values(row).execute();
}

export async function updateRoomRow(db: Db, id: string, set: Partial<Omit<RoomsTable, 'id'>>) {
  await db.updateTable('rooms').set(set).where('id', '=', id).execute();
}

export async function insertTrack(db: Db, row: TracksTable): Promise<void> {
  await db.insertInto('tracks').values(row).execute();
}

export async function updateTrackRow(db: Db, id: string, set: Partial<Omit<TracksTable, 'id'>>) {
  await db.updateTable('tracks').set(set).where('id', '=', id).execute();
}

export function findDayRow(db: Db, conferenceId: string, date: string) {
  return db
    .selectFrom('conference_days')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .where('date', '=', date)
    .executeTakeFirst();
}

export async function updateDayRow(
  db: Db,
  conferenceId: string,
  date: string,
  set: { label?: string; opens_at?: string; closes_at?: string; note?: string | null },
) {
  await db
    .updateTable('conference_days')
    .set(set)
    .where('conference_id', '=', conferenceId)
    .where('date', '=', date)
    .execute();
}

export function findSpeakerRow(db: Db, conferenceId: string, code: string) {
  return db
    .selectFrom('speakers')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .where('code', '=', code)
    .executeTakeFirst();
}

export async function insertSpeaker(db: Db, row: SpeakersTable): Promise<void> {
  await db.insertInto('speakers').values(row).execute();
}

export async function updateSpeakerRow(db: Db, id: string, set: Partial<Omit<SpeakersTable, 'id'>>) {
  await db.updateTable('speakers').set(set).where('id', '=', id).execute();
}

/** Published sessions whose room or track is `id`, in schedule order. */
export function sessionsUsing(db: Db, conferenceId: string, column: 'room_id' | 'track_id', id: string) {
  return db
    .selectFrom('sessions')
    .select(['id', 'code', 'title'])
    .where('conference_id', '=', conferenceId)
    .where(column, '=', id)
    .orderBy('starts_at')
    .orderBy('code')
    .execute();
}

/** Sessions that bill the speaker, in schedule order. */
export function sessionsOfSpeaker(db: Db, speakerId: string) {
  return db
    .selectFrom('session_speakers as ss')
    .innerJoin('sessions as s', 's.id', 'ss.session_id')
    .select(['s.id', 's.code', 's.title'])
    .where('ss.speaker_id', '=', speakerId)
    .orderBy('s.starts_at')
    .orderBy('s.code')
    .execute();
}

export async function draftRows(db: Db, conferenceId: string) {
  const rows = await db
    .selectFrom('session_drafts as d')
    .innerJoin('sessions as s', 's.id', 'd.session_id')
    .select(['d.session_id', 'd.patch', 's.title'])
    .where('d.conference_id', '=', conferenceId)
    .orderBy('s.starts_at')
    .execute();
  return rows.map((r) => ({
    sessionId: r.session_id,
    title: r.title,
    patch: readJson(r.patch, sessionUpdateSchema, 'session_drafts.patch'),
  }));
}

export async function replaceDraftPatch(trx: Transaction<Database>, sessionId: string, patch: SessionUpdate) {
  if (Object.keys(patch).length === 0) {
    await trx.deleteFrom('session_drafts').where('session_id', '=', sessionId).execute();
  } else {
    await trx
      .updateTable('session_drafts')
      .set({ patch: writeJson(patch) })
      .where('session_id', '=', sessionId)
      .execute();
  }
}

export async function touchSessions(
  trx: Transaction<Database>,
  ids: string[],
  set: { room_id?: null; track_id?: null },
  now: string,
) {
  if (ids.length === 0) return;
  await trx
    .updateTable('sessions')
    .set({ ...set, updated_at: now })
    .where('id', 'in', ids)
    .execute();
}

export async function deleteRow(trx: Transaction<Database>, table: 'rooms' | 'tracks', id: string) {
  await trx.deleteFrom(table).where('id', '=', id).execute();
}

export async function deleteSpeakerRow(trx: Transaction<Database>, id: string) {
  await trx.deleteFrom('session_speakers').where('speaker_id', '=', id).execute();
  await trx.deleteFrom('speakers').where('id', '=', id).execute();
}

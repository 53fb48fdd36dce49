import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import {
  scheduleChangeSchema,
  sessionUpdateSchema,
  type PublishedChange,
  type ScheduleChange,
  type Session,
  type SessionUpdate,
} from '@shared/contract';
import { readJson, writeJson } from '../../db/json-column';
import type { Database, Json } from '../../db/schema';
import { sessionContentColumns } from '../sessions';

export type Db = Kysely<Database> | Transaction<Database>;

export interface DraftRow {
  sessionId: string;
  patch: SessionUpdate;
}

/** A stored draft's differing fields, checked with the contract's rules for an edit. */
export const readDraftPatch = (patch: Json<SessionUpdate>): SessionUpdate =>
  readJson(patch, sessionUpdateSchema, 'session_drafts.patch');

export async function findDrafts(db: Db, conferenceId: string): Promise<DraftRow[]> {
  const rows = await db
    .selectFrom('session_drafts')
    .select(['session_id', 'patch'])
    .where('conference_id', '=', conferenceId)
    .execute();
  return rows.map((r) => ({ sessionId: r.session_id, patch: readDraftPatch(r.patch) }));
}

export async function findDraft(db: Db, sessionId: string): Promise<SessionUpdate | null> {
  const row = await db
    .selectFrom('session_drafts')
    .select('patch')
    .where('session_id', '=', sessionId)
    .executeTakeFirst();
  return row ? readDraftPatch(row.patch) : null;
}

export async function saveDraft(
  trx: Transaction<Database>,
  row: { sessionId: string; conferenceId: string; patch: SessionUpdate; userId: string; at: string },
) {
  const values = { patch: writeJson(row.patch), updated_by: row.userId, updated_at: row.at };
  await trx
    .insertInto('session_drafts')
    .values({ session_id: row.sessionId, conference_id: row.conferenceId, ...values })
    .onConflict((oc) => oc.column('session_id').doUpdateSet(values))
    .execute();
}

export async function deleteDrafts(trx: Transaction<Database>, sessionIds: string[]) {
  if (sessionIds.length === 0) return;
  await trx.deleteFrom('session_drafts').where('session_id', 'in', sessionIds).execute();
}

export async function findSessionId(db: Db, conferenceId: string, code: string) {
  const row = await db
    .selectFrom('sessions')
    .select('id')
    .where('conference_id', '=', conferenceId)
    .where('code', '=', code)
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function placeIdsExist(
  db: Db,
  conferenceId: string,
  ids: { roomId?: string; trackId?: string },
) {
  const [room, track] = await Promise.all([
    ids.roomId
      ? db
          .selectFrom('rooms')
          .select('id')
          .where('conference_id', '=', conferenceId)
          .where('id', '=', ids.roomId)
          .executeTakeFirst()
      : true,
    ids.trackId
      ? db
          .selectFrom('tracks')
          .select('id')
          .where('conference_id', '=', conferenceId)
          .where('id', '=', ids.trackId)
          .executeTakeFirst()
      : true,
  ]);
  return { room: Boolean(room), track: Boolean(track) };
}

/** Writes a drafted session as the published one, its speakers too when the draft names them. */
export async function publishSession(
  trx: Transaction<Database>,
  id: string,
  s: Session,
  now: string,
  speakerIds: string[] | null,
) {
  await trx.updateTable('sessions').set(sessionContentColumns(s, now)).where('id', '=', id).execute();
  if (speakerIds) await replaceSpeakers(trx, id, speakerIds);
}

async function replaceSpeakers(trx: Transaction<Database>, sessionId: string, speakerIds: string[]) {
  await trx.deleteFrom('session_speakers').where('session_id', '=', sessionId).execute();
  if (speakerIds.length === 0) return;
  await trx
    .insertInto('session_speakers')
    .values(
      speakerIds.map((speakerId, position) => ({ session_id: sessionId, speaker_id: speakerId, position })),
    )
    .execute();
}

/**
 * What a draft may refer to: the edition's speakers by code, its room and track ids. A draft
 * saved before one of them was deleted is published without it.
 */
export async function referenceIndex(db: Db, conferenceId: string) {
  const [speakers, rooms, tracks] = await Promise.all([
    db
      .selectFrom('speakers')
      .select(['id', 'code', 'name'])
      .where('conference_id', '=', conferenceId)
      .execute(),
    db.selectFrom('rooms').select('id').where('conference_id', '=', conferenceId).execute(),
    db.selectFrom('tracks').select('id').where('conference_id', '=', conferenceId).execute(),
  ]);
  return {
    speakers: new Map(speakers.map((r) => [r.code, { id: r.id, name: r.name }])),
    rooms: new Set(rooms.map((r) => r.id)),
    tracks: new Set(tracks.map((r) => r.id)),
  };
}

export interface CreationRow {
  id: string;
  code: string;
  guid: string;
  draft: SessionUpdate;
  updatedAt: string;
}

function toCreation(r: {
  id: string;
  code: string;
  guid: string;
  draft: Json<SessionUpdate>;
  updated_at: string;
}) {
  return {
    id: r.id,
    code: r.code,
    guid: r.guid,
    draft: readJson(r.draft, sessionUpdateSchema, 'session_creations.draft'),
    updatedAt: r.updated_at,
  };
}

export async function findCreations(db: Db, conferenceId: string): Promise<CreationRow[]> {
  const rows = await db
    .selectFrom('session_creations')
    .select(['id', 'code', 'guid', 'draft', 'updated_at'])
    .where('conference_id', '=', conferenceId)
    .orderBy('code')
    .execute();
  return rows.map(toCreation);
}

export async function findCreation(db: Db, conferenceId: string, code: string): Promise<CreationRow | null> {
  const row = await db
    .selectFrom('session_creations')
    .select(['id', 'code', 'guid', 'draft', 'updated_at'])
    .where('conference_id', '=', conferenceId)
    .where('code', '=', code)
    .executeTakeFirst();
  return row ? toCreation(row) : null;
}

/** Whether a code is used by a published session or by another unpublished one. */
export async function sessionCodeTaken(db: Db, conferenceId: string, code: string) {
  const [published, created] = await Promise.all([
    findSessionId(db, conferenceId, code),
    findCreation(db, conferenceId, code),
  ]);
  return Boolean(published || created);
}

export async function insertCreation(
  trx: Transaction<Database>,
  row: {
    id: string;
    conferenceId: string;
    code: string;
    guid: string;
    draft: SessionUpdate;
    userId: string;
    at: string;
  },
) {
  await trx
    .insertInto('session_creations')
    .values({
      id: row.id,
      conference_id: row.conferenceId,
      code: row.code,
      guid: row.guid,
      draft: writeJson(row.draft),
      created_by: row.userId,
      created_at: row.at,
      updated_at: row.at,
    })
    .execute();
}

export async function updateCreation(
  trx: Transaction<Database>,
  id: string,
  draft: SessionUpdate,
  at: string,
) {
  await trx
    .updateTable('session_creations')
    .set({ draft: writeJson(draft), updated_at: at })
    .where('id', '=', id)
    .execute();
}

export async function deleteCreations(trx: Transaction<Database>, ids: string[]) {
  if (ids.length === 0) return;
  await trx.deleteFrom('session_creations').where('id', 'in', ids).execute();
}

/** Publishes a console-created session: the row attendees read, under its reserved id and code. */
export async function insertPublishedSession(
  trx: Transaction<Database>,
  row: { id: string; conferenceId: string; session: Session; speakerIds: string[]; now: string },
) {
  const s = row.session;
  await trx
    .insertInto('sessions')
    .values({
      id: row.id,
      conference_id: row.conferenceId,
      code: s.code,
      guid: s.guid,
      slug: s.slug,
      ...sessionContentColumns(s, row.now),
    })
    .execute();
  await replaceSpeakers(trx, row.id, row.speakerIds);
}

/** Rows per multi-row insert: well under SQLite's and Postgres's bound-parameter limits. */
const CHUNK = 200;

/** Records a published version's changelog; call it in the transaction that bumped the version. */
export async function insertChanges(
  trx: Transaction<Database>,
  conferenceId: string,
  version: number,
  changes: ScheduleChange[],
  publishedAt: string,
) {
  const rows = changes.map((c) => ({
    id: randomUUID(),
    conference_id: conferenceId,
    version,
    session_code: c.code,
    entry: writeJson(c),
    published_at: publishedAt,
  }));
  for (let i = 0; i < rows.length; i += CHUNK) {
    await trx
      .insertInto('schedule_changes')
      .values(rows.slice(i, i + CHUNK))
      .execute();
  }
}

export async function findChangesSince(
  db: Db,
  conferenceId: string,
  since: number,
  code?: string,
): Promise<PublishedChange[]> {
  let query = db
    .selectFrom('schedule_changes')
    .select(['version', 'entry', 'published_at'])
    .where('conference_id', '=', conferenceId)
    .where('version', '>', since);
  if (code) query = query.where('session_code', '=', code);
  const rows = await query.orderBy('version').orderBy('session_code').execute();
  return rows.map((r) => ({
    ...readJson(r.entry, scheduleChangeSchema, 'schedule_changes.entry'),
    version: r.version,
    publishedAt: r.published_at,
  }));
}

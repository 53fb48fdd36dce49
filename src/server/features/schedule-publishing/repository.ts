import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { PublishedChange, ScheduleChange, Session, SessionUpdate } from '@shared/contract';
import type { Database } from '../../db/schema';
import { sessionContentColumns } from '../sessions';

type Db = Kysely<Database> | Transaction<Database>;

export interface DraftRow {
  sessionId: string;
  patch: SessionUpdate;
}

export async function findDrafts(db: Db, conferenceId: string): Promise<DraftRow[]> {
  const rows = await db
    .selectFrom('session_drafts')
    .select(['session_id', 'patch'])
    .where('conference_id', '=', conferenceId)
    .execute();
  return rows.map((r) => ({ sessionId: r.session_id, patch: JSON.parse(r.patch) as SessionUpdate }));
}

export async function findDraft(db: Db, sessionId: string): Promise<SessionUpdate | null> {
  const row = await db
    .selectFrom('session_drafts')
    .select('patch')
    .where('session_id', '=', sessionId)
    .executeTakeFirst();
  return row ? (JSON.parse(row.patch) as SessionUpdate) : null;
}

export async function saveDraft(
  trx: Transaction<Database>,
  row: { sessionId: string; conferenceId: string; patch: SessionUpdate; userId: string; at: string },
) {
  const values = { patch: JSON.stringify(row.patch), updated_by: row.userId, updated_at: row.at };
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

/** Writes a drafted session as the published one; speakers are not part of a draft. */
export async function publishSession(trx: Transaction<Database>, id: string, s: Session, now: string) {
  await trx.updateTable('sessions').set(sessionContentColumns(s, now)).where('id', '=', id).execute();
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
    entry: JSON.stringify(c),
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
    ...(JSON.parse(r.entry) as ScheduleChange),
    version: r.version,
    publishedAt: r.published_at,
  }));
}

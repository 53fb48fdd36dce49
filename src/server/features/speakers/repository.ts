import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

export function findSpeakerRows(db: Kysely<Database>, conferenceId: string, code?: string) {
  let query = db.selectFrom('speakers').selectAll().where('conference_id', '=', conferenceId);
  if (code) query = query.where('code', '=', code);
  return query.orderBy('name').execute();
}

/** (speaker, session code) pairs in schedule order, for the speakers' session lists. */
export function findSpeakerSessionCodes(db: Kysely<Database>, conferenceId: string) {
  return db
    .selectFrom('session_speakers as ss')
    .innerJoin('sessions as s', 's.id', 'ss.session_id')
    .select(['ss.speaker_id', 's.code'])
    .where('s.conference_id', '=', conferenceId)
    .orderBy('s.starts_at')
    .execute();
}

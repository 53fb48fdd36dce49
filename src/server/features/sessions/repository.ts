import type { Kysely } from 'kysely';
import type { Database, SessionsTable } from '../../db/schema';
import { containsText } from '../../db/contains';

export interface SessionQuery {
  conferenceId: string;
  /** [from, to) on starts_at, as ISO UTC text. */
  startsFrom?: string;
  startsBefore?: string;
  trackSlug?: string;
  roomSlug?: string;
  type?: SessionsTable['type'];
  /** Case-insensitive substring over title, description and speaker names. */
  text?: string;
  code?: string;
}

export function findSessionRows(db: Kysely<Database>, q: SessionQuery) {
  let query = db
    .selectFrom('sessions as s')
    .leftJoin('rooms as r', 'r.id', 's.room_id')
    .leftJoin('tracks as t', 't.id', 's.track_id')
    .selectAll('s')
    .where('s.conference_id', '=', q.conferenceId);
  if (q.code) query = query.where('s.code', '=', q.code);
  if (q.startsFrom) query = query.where('s.starts_at', '>=', q.startsFrom);
  if (q.startsBefore) query = query.where('s.starts_at', '<', q.startsBefore);
  if (q.trackSlug) query = query.where('t.slug', '=', q.trackSlug);
  if (q.roomSlug) query = query.where('r.slug', '=', q.roomSlug);
  if (q.type) query = query.where('s.type', '=', q.type);
  if (q.text) {
    const text = q.text;
    query = query.where((eb) =>
      eb.or([
        containsText('s.title', text),
        containsText('s.description', text),
        eb.exists(
          eb
            .selectFrom('session_speakers as ss')
            .innerJoin('speakers as sp', 'sp.id', 'ss.speaker_id')
            .select('ss.session_id')
            .whereRef('ss.session_id', '=', 's.id')
            .where(containsText('sp.name', text)),
        ),
      ]),
    );
  }
  return query.orderBy('s.starts_at').orderBy('r.position').orderBy('s.code').execute();
}

/** Speakers of the given sessions, in billing order. */
export function findSpeakerLinks(db: Kysely<Database>, sessionIds: string[]) {
  if (sessionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('session_speakers as ss')
    .innerJoin('speakers as sp', 'sp.id', 'ss.speaker_id')
    .select(['ss.session_id', 'sp.code', 'sp.name'])
    .where('ss.session_id', 'in', sessionIds)
    .orderBy('ss.session_id')
    .orderBy('ss.position')
    .execute();
}

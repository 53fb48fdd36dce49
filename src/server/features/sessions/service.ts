import type { Kysely } from 'kysely';
import type { Session, SessionFilters, SessionSpeaker } from '@shared/contract';
import { conferenceDayBounds, toInstant } from '@shared/time';
import type { ConferenceRow, Database, SessionRow } from '../../db/schema';
import { HttpProblem } from '../../http/problem';
import { findSessionRows, findSpeakerLinks, type SessionQuery } from './repository';

export function toSession(row: SessionRow, speakers: SessionSpeaker[]): Session {
  return {
    code: row.code,
    guid: row.guid,
    slug: row.slug,
    title: row.title,
    type: row.type,
    format: row.format,
    language: row.language,
    status: row.status,
    trackId: row.track_id,
    roomId: row.room_id,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    description: row.description,
    recordingOptOut: row.recording_opt_out === 1,
    speakers,
    links: {
      youtube: row.youtube_url,
      mediaCccDe: row.media_ccc_de_url,
      slides: row.slides_url,
      video: row.video_url,
    },
    updatedAt: row.updated_at,
  };
}

async function loadSessions(db: Kysely<Database>, query: SessionQuery): Promise<Session[]> {
  const rows = await findSessionRows(db, query);
  // SQLite caps bound parameters per statement; fetch speakers in slices for big schedules.
  const bySession = new Map<string, SessionSpeaker[]>();
  for (let i = 0; i < rows.length; i += 500) {
    const links = await findSpeakerLinks(
      db,
      rows.slice(i, i + 500).map((r) => r.id),
    );
    for (const l of links) {
      const list = bySession.get(l.session_id) ?? [];
      list.push({ code: l.code, name: l.name });
      bySession.set(l.session_id, list);
    }
  }
  return rows.map((r) => toSession(r, bySession.get(r.id) ?? []));
}

export function listSessions(
  db: Kysely<Database>,
  conference: ConferenceRow,
  filters: SessionFilters,
): Promise<Session[]> {
  const bounds = filters.day ? conferenceDayBounds(filters.day, conference.time_zone) : undefined;
  return loadSessions(db, {
    conferenceId: conference.id,
    startsFrom: bounds && toInstant(bounds.start),
    startsBefore: bounds && toInstant(bounds.end),
    trackSlug: filters.track,
    roomSlug: filters.room,
    type: filters.type,
    text: filters.q,
  });
}

export async function getSession(
  db: Kysely<Database>,
  conference: ConferenceRow,
  code: string,
): Promise<Session> {
  const [session] = await loadSessions(db, { conferenceId: conference.id, code });
  if (!session) throw new HttpProblem('session_not_found', `There is no session "${code}".`);
  return session;
}

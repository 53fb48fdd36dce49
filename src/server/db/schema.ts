import type { ColumnType, Insertable, Selectable } from 'kysely';

/**
 * Table types. Portability rules, so one repository serves SQLite and Postgres alike:
 * instants are ISO-8601 UTC text ("2025-10-16T08:00:00Z", sorts chronologically), booleans
 * are integers 0/1, lists are JSON text, ids are application-generated text.
 * See docs/decisions/0001-portable-column-types.md.
 */

type Json = string;
type Flag = number;

export interface ConferencesTable {
  id: string;
  slug: string;
  name: string;
  time_zone: string;
  start_date: string;
  end_date: string;
  venue_name: string;
  venue_address: string;
  venue_directions: Json;
  schedule_version: number;
  created_at: string;
}

export interface ConferenceDaysTable {
  conference_id: string;
  date: string;
  label: string;
  opens_at: string;
  closes_at: string;
  note: string | null;
}

export interface RoomsTable {
  id: string;
  conference_id: string;
  slug: string;
  name: string;
  position: number;
  live_stream_url: string | null;
}

export interface TracksTable {
  id: string;
  conference_id: string;
  slug: string;
  name: string;
  color: string;
}

export interface SpeakersTable {
  id: string;
  conference_id: string;
  code: string;
  name: string;
  affiliation: string | null;
  bio: string;
}

export interface SessionsTable {
  id: string;
  conference_id: string;
  code: string;
  guid: string;
  slug: string;
  title: string;
  type: string;
  format: string;
  language: string;
  status: string;
  track_id: string | null;
  room_id: string | null;
  starts_at: string;
  ends_at: string;
  description: string;
  recording_opt_out: Flag;
  youtube_url: string | null;
  media_ccc_de_url: string | null;
  slides_url: string | null;
  updated_at: string;
}

export interface SessionSpeakersTable {
  session_id: string;
  speaker_id: string;
  position: number;
}

export interface SponsorTiersTable {
  id: string;
  conference_id: string;
  name: string;
  rank: number;
  logo_size: string;
  benefits: Json;
}

export interface SponsorsTable {
  id: string;
  conference_id: string;
  tier_id: string;
  slug: string;
  name: string;
  url: string | null;
  packages: Json;
  logo_url: string | null;
  description: string;
  position: number;
}

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  /** Demo accounts can log in only while the server runs in demo mode. */
  is_demo: Flag;
  created_at: string;
}

export interface UserRolesTable {
  user_id: string;
  role: string;
}

export interface AuthSessionsTable {
  /** SHA-256 of the cookie token: a leaked database does not leak live sessions. */
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  last_seen_at: ColumnType<string, string, string>;
}

export interface Database {
  conferences: ConferencesTable;
  conference_days: ConferenceDaysTable;
  rooms: RoomsTable;
  tracks: TracksTable;
  speakers: SpeakersTable;
  sessions: SessionsTable;
  session_speakers: SessionSpeakersTable;
  sponsor_tiers: SponsorTiersTable;
  sponsors: SponsorsTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  auth_sessions: AuthSessionsTable;
}

export type ConferenceRow = Selectable<ConferencesTable>;
export type SessionRow = Selectable<SessionsTable>;
export type NewSession = Insertable<SessionsTable>;
export type UserRow = Selectable<UsersTable>;

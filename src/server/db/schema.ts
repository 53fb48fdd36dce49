import type { ColumnType, Insertable, Selectable } from 'kysely';
import type {
  Attendance,
  LogoSize,
  MembershipStatus,
  PreviousAdmission,
  RoleAccess,
  ScanDirection,
  ScheduleChange,
  ScheduleFormat,
  ScheduleImportPreview,
  SessionFormat,
  SessionStatus,
  SessionType,
  SessionUpdate,
  SignoffRequestStatus,
  SignupStatus,
  TicketStatus,
  UserRole,
  VerdictCode,
  VolunteerMessage,
  VolunteerProfile,
} from '@shared/contract';
import type { ImportedSchedule } from '@shared/interop';

/**
 * Table types. Portability rules, so one repository serves SQLite and Postgres alike:
 * instants are ISO-8601 UTC text ("2025-10-16T08:00:00Z", sorts chronologically), booleans
 * are integers 0/1, lists are JSON text, ids are application-generated text.
 * See docs/decisions/0001-portable-column-types.md.
 *
 * Enumerations are text holding one of the contract's values, so they are typed with the
 * contract's unions; the database does not check them (no CHECK constraints), the writers do.
 */

declare const jsonOf: unique symbol;
/**
 * JSON text holding a T. Only writeJson makes one and only readJson (db/json-column.ts) reads
 * one, checking the shape: a JSON column is never JSON.parse'd and cast.
 */
export type Json<T> = string & { readonly [jsonOf]: T };
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
  venue_directions: Json<string[]>;
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
  type: SessionType;
  format: SessionFormat;
  language: string;
  status: SessionStatus;
  track_id: string | null;
  room_id: string | null;
  starts_at: string;
  ends_at: string;
  description: string;
  recording_opt_out: Flag;
  youtube_url: string | null;
  media_ccc_de_url: string | null;
  slides_url: string | null;
  /** A recording on a site Lanyard links to rather than embeds (0013). */
  video_url: string | null;
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
  logo_size: LogoSize;
  benefits: Json<string[]>;
}

export interface SponsorsTable {
  id: string;
  conference_id: string;
  tier_id: string;
  slug: string;
  name: string;
  url: string | null;
  packages: Json<string[]>;
  logo_url: string | null;
  description: string;
  position: number;
}

/** A sponsor's uploaded logo (migration 0007); `data` is the image as base64. */
export interface SponsorLogosTable {
  sponsor_id: string;
  content_type: string;
  data: string;
  hash: string;
  width: number;
  height: number;
  bytes: number;
  updated_at: string;
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
  role: UserRole;
}

export interface AuthSessionsTable {
  /** SHA-256 of the cookie token: a leaked database does not leak live sessions. */
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  last_seen_at: ColumnType<string, string, string>;
}

export interface TicketTypesTable {
  id: string;
  conference_id: string;
  /** 1..255, carried in the signed QR code. */
  number: number;
  slug: string;
  name: string;
  /** Conference days (YYYY-MM-DD) the type admits on. */
  valid_days: Json<string[]>;
}

export interface TicketsTable {
  /** 9 random bytes, base64url: short enough for the QR code. */
  id: string;
  conference_id: string;
  type_id: string;
  holder_name: string;
  email: string;
  company: string | null;
  country: string | null;
  order_code: string;
  status: TicketStatus;
  note: string | null;
  secret: string;
  /** Last change of status or note: desks fetch the revocation list since their last look. */
  changed_at: string;
  created_at: string;
}

export interface TicketSigningKeysTable {
  conference_id: string;
  /** 1..255; the highest one signs, the others only verify. */
  key_id: number;
  public_key: string;
  private_key: string;
  created_at: string;
  revoked_at: string | null;
}

export interface CheckInListsTable {
  id: string;
  conference_id: string;
  name: string;
  ticket_type_ids: Json<string[]>;
  days: Json<string[]>;
  counts_exits: Flag;
  allows_reentry: Flag;
  created_at: string;
}

export interface ScansTable {
  id: string;
  conference_id: string;
  list_id: string;
  ticket_id: string | null;
  user_id: string | null;
  desk_id: string;
  desk_name: string;
  direction: ScanDirection;
  verdict: VerdictCode;
  /** The earlier admission an already_checked_in verdict named, so a replay repeats it. */
  previous: Json<PreviousAdmission> | null;
  note: string | null;
  /** The QR text as scanned, kept for the audit of refused scans. */
  payload: string | null;
  scanned_at: string;
  uploaded_at: string;
  client_nonce: string;
  offline: Flag;
  desk_verdict: VerdictCode | null;
  conflict: Flag;
  undone_at: string | null;
}

export interface AdmissionsTable {
  ticket_id: string;
  list_id: string;
  /** Conference day of the entry: a multi-day pass is admitted once per day. */
  day: string;
  /** 1 for the first entry, 2 after an exit and re-entry... Unique per ticket and list. */
  sequence: number;
  scan_id: string;
  desk_id: string;
  desk_name: string;
  admitted_at: string;
  exited_at: string | null;
}

/** The latest heartbeat of a check-in desk (migration 0010). */
export interface DeskHeartbeatsTable {
  conference_id: string;
  desk_id: string;
  desk_name: string;
  list_id: string;
  user_id: string;
  /** 1 when the desk judges on the server. */
  online: number;
  queued: number;
  last_upload_at: string | null;
  seen_at: string;
}

export interface VolunteerRolesTable {
  id: string;
  conference_id: string;
  slug: string;
  name: string;
  description: string;
  access: RoleAccess;
  signup_opens_hours: number;
  sign_off_deadline_hours: number;
  coordinator_user_id: string | null;
  coordinator_contact: string | null;
  position: number;
  created_at: string;
}

export interface VolunteerRoleMembersTable {
  role_id: string;
  user_id: string;
  status: MembershipStatus;
  joined_at: string;
  confirmed_at: string | null;
  confirmed_by: string | null;
}

export interface VolunteerProfilesTable {
  conference_id: string;
  user_id: string;
  contact: string | null;
  shirt_size: VolunteerProfile['shirtSize'];
  languages: Json<string[]>;
  updated_at: string;
}

export interface VolunteerPoliciesTable {
  conference_id: string;
  min_rest_hours: number;
  max_hours_per_day: number;
  no_show_limit: number | null;
  updated_at: string;
}

export interface ShiftsTable {
  id: string;
  conference_id: string;
  role_id: string;
  place: string;
  starts_at: string;
  ends_at: string;
  capacity: number;
  description: string;
  created_at: string;
}

export interface ShiftSignupsTable {
  id: string;
  shift_id: string;
  user_id: string;
  status: SignupStatus;
  queue_number: number;
  attendance: Attendance | null;
  attendance_at: string | null;
  created_at: string;
}

export interface ScheduleImportPreviewsTable {
  id: string;
  conference_id: string;
  created_by: string | null;
  format: ScheduleFormat;
  /** 'upload' or the URL the file was fetched from. */
  source: string;
  /** conferences.schedule_version when the preview was made; applying needs it unchanged. */
  base_version: number;
  /** The parsed file. */
  schedule: Json<ImportedSchedule>;
  /** The preview as answered. */
  summary: Json<ScheduleImportPreview>;
  created_at: string;
  expires_at: string;
  applied_at: string | null;
  applied_by: string | null;
}

export interface AuditLogTable {
  id: string;
  conference_id: string | null;
  user_id: string | null;
  /** Dotted verb such as 'schedule.imported' or 'recordings.linked'. */
  action: string;
  subject: string | null;
  detail: Json<Record<string, unknown>>;
  at: string;
}

/** An organizer's unpublished edit of one session: the differing fields. */
export interface SessionDraftsTable {
  session_id: string;
  conference_id: string;
  patch: Json<SessionUpdate>;
  updated_by: string | null;
  updated_at: string;
}

/** A console-created session not yet published (migration 0012); `draft` is SessionCreate JSON. */
export interface SessionCreationsTable {
  id: string;
  conference_id: string;
  code: string;
  guid: string;
  /** Every field of a SessionCreate, held in SessionUpdate shape. */
  draft: Json<SessionUpdate>;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

/** One changelog entry of a published schedule version. */
export interface ScheduleChangesTable {
  id: string;
  conference_id: string;
  version: number;
  session_code: string;
  entry: Json<ScheduleChange>;
  published_at: string;
}

/** The night-hours rule of the hours report (migration 0008). */
export interface VolunteerHoursPoliciesTable {
  conference_id: string;
  night_start: string;
  night_end: string;
  /** The multiplier in hundredths: 150 is x1.5. */
  night_multiplier_pct: number;
  updated_at: string;
}

/** A message to volunteers of a shift or role (migration 0008). */
export interface VolunteerMessagesTable {
  id: string;
  conference_id: string;
  sender_user_id: string | null;
  kind: VolunteerMessage['kind'];
  target_kind: VolunteerMessage['target']['kind'];
  target_label: string;
  /** The shift as it was when the message was written. */
  shift: Json<NonNullable<VolunteerMessage['shift']>> | null;
  body: string;
  recipients: number;
  created_at: string;
  seq: number;
}

export interface VolunteerMessageRecipientsTable {
  message_id: string;
  user_id: string;
}

/** An invite link to join the volunteers, optionally straight into a role (migration 0009). */
export interface VolunteerInvitesTable {
  id: string;
  conference_id: string;
  role_id: string | null;
  /** SHA-256 (hex) of the secret token in the link. */
  token_hash: string;
  created_by: string | null;
  created_at: string;
  expires_at: string | null;
  max_uses: number | null;
  uses: ColumnType<number, number | undefined, number>;
  revoked_at: string | null;
}

export interface VolunteerInviteUsesTable {
  invite_id: string;
  user_id: string;
  used_at: string;
}

/** A short-lived code shown at a restricted role's briefing (migration 0009). */
export interface RoleBriefingCodesTable {
  token_hash: string;
  role_id: string;
  created_by: string | null;
  created_at: string;
  expires_at: string;
}

/** A volunteer asks the coordinator to sign them off after the deadline (migration 0009). */
export interface SignoffRequestsTable {
  id: string;
  shift_id: string;
  user_id: string;
  reason: string;
  status: SignoffRequestStatus;
  created_at: string;
  decided_at: string | null;
  decided_by: string | null;
}

/** A volunteer's secret calendar address for one edition (migration 0009). */
export interface VolunteerFeedsTable {
  conference_id: string;
  user_id: string;
  token: string;
  created_at: string;
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
  sponsor_logos: SponsorLogosTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  auth_sessions: AuthSessionsTable;
  volunteer_roles: VolunteerRolesTable;
  volunteer_role_members: VolunteerRoleMembersTable;
  volunteer_profiles: VolunteerProfilesTable;
  volunteer_policies: VolunteerPoliciesTable;
  volunteer_invites: VolunteerInvitesTable;
  volunteer_invite_uses: VolunteerInviteUsesTable;
  role_briefing_codes: RoleBriefingCodesTable;
  signoff_requests: SignoffRequestsTable;
  volunteer_feeds: VolunteerFeedsTable;
  shifts: ShiftsTable;
  shift_signups: ShiftSignupsTable;
  ticket_types: TicketTypesTable;
  tickets: TicketsTable;
  ticket_signing_keys: TicketSigningKeysTable;
  check_in_lists: CheckInListsTable;
  scans: ScansTable;
  admissions: AdmissionsTable;
  desk_heartbeats: DeskHeartbeatsTable;
  schedule_import_previews: ScheduleImportPreviewsTable;
  audit_log: AuditLogTable;
  session_drafts: SessionDraftsTable;
  schedule_changes: ScheduleChangesTable;
  session_creations: SessionCreationsTable;
  volunteer_hours_policies: VolunteerHoursPoliciesTable;
  volunteer_messages: VolunteerMessagesTable;
  volunteer_message_recipients: VolunteerMessageRecipientsTable;
}

export type ConferenceRow = Selectable<ConferencesTable>;
export type SessionRow = Selectable<SessionsTable>;
export type NewSession = Insertable<SessionsTable>;
export type UserRow = Selectable<UsersTable>;
export type VolunteerRoleRow = Selectable<VolunteerRolesTable>;
export type ShiftRow = Selectable<ShiftsTable>;

import { z } from 'zod';

/**
 * Stable machine codes for every error the API returns. Clients branch on these, never on
 * titles or HTTP statuses, so a code once published is never renamed. Features append theirs.
 */
export const problemCodes = {
  validation_failed: { status: 400, title: 'The request is not valid' },
  bad_request: { status: 400, title: 'The request could not be read' },
  /** A NUL or a lone UTF-16 surrogate: no database can store it, so no field may carry it. */
  invalid_characters: { status: 400, title: 'The request contains characters that cannot be stored' },
  unauthenticated: { status: 401, title: 'Please log in' },
  invalid_credentials: { status: 401, title: 'Wrong email or password' },
  forbidden: { status: 403, title: 'You are not allowed to do this' },
  cross_origin_rejected: { status: 403, title: 'Cross-origin request rejected' },
  not_found: { status: 404, title: 'Not found' },
  conference_not_found: { status: 404, title: 'No such conference' },
  session_not_found: { status: 404, title: 'No such session' },
  speaker_not_found: { status: 404, title: 'No such speaker' },
  user_not_found: { status: 404, title: 'No such account' },
  method_not_allowed: { status: 405, title: 'Method not allowed' },
  email_taken: { status: 409, title: 'An account with this email already exists' },
  last_organizer: { status: 409, title: 'The last organizer cannot give up the organizer role' },
  // Volunteers: roles, shifts and sign-ups. A refusal's code names the rule that refused.
  role_not_found: { status: 404, title: 'No such volunteer role' },
  shift_not_found: { status: 404, title: 'No such shift' },
  role_slug_taken: { status: 409, title: 'A volunteer role with this slug already exists' },
  role_in_use: { status: 409, title: 'This role has shifts or members; confirm to delete them too' },
  role_has_history: {
    status: 409,
    title: 'Volunteers have worked shifts of this role; it cannot be deleted, rename it instead',
  },
  shift_full: { status: 409, title: 'This shift is full' },
  already_signed_up: { status: 409, title: 'You are already signed up for this shift' },
  shift_started: { status: 409, title: 'This shift has already started' },
  shift_ended: { status: 409, title: 'This shift is over' },
  signup_not_open_yet: { status: 409, title: 'Sign-up for this shift is not open yet' },
  overlaps_shift: { status: 409, title: 'This shift overlaps one of your shifts' },
  role_needed: { status: 403, title: 'Join this role first' },
  briefing_needed: { status: 403, title: 'This role needs a briefing first' },
  too_little_rest: { status: 409, title: 'Too little rest between your shifts' },
  daily_hours_exceeded: { status: 409, title: 'This would exceed your hours for the day' },
  locked_no_shows: { status: 403, title: 'Sign-up is locked after missed shifts' },
  sign_off_deadline_passed: { status: 409, title: 'It is too late to sign off; ask the coordinator' },
  not_signed_up: { status: 409, title: 'You are not signed up for this shift' },
  no_handover_offered: { status: 409, title: 'Nobody has offered this shift for hand-over' },
  // Volunteer coordination: editing, deleting and generating shifts, messages.
  shift_has_signups: {
    status: 409,
    title: 'Volunteers are signed up for this shift; confirm to delete it and notify them',
  },
  capacity_below_signups: { status: 409, title: 'More volunteers hold a place than this capacity' },
  shift_change_overlaps: {
    status: 409,
    title: 'The new times overlap another shift of a volunteer signed up for this one',
  },
  shift_role_locked: { status: 409, title: 'The role of a shift with sign-ups cannot change' },
  no_sessions_match: { status: 409, title: 'No sessions in these rooms and days to cover' },
  message_no_recipients: { status: 409, title: 'Nobody would receive this message' },
  // Volunteer side: invite links, briefing codes, late sign-off requests, calendar feeds.
  invite_not_found: { status: 404, title: 'This invite link does not exist' },
  invite_expired: { status: 410, title: 'This invite link has expired' },
  invite_used_up: { status: 409, title: 'This invite link has been used as often as allowed' },
  invite_revoked: { status: 410, title: 'This invite link was withdrawn' },
  briefing_not_found: { status: 404, title: 'This briefing code is not valid' },
  briefing_expired: { status: 410, title: 'This briefing code has expired; scan the current one' },
  role_not_restricted: { status: 409, title: 'Only restricted roles have a briefing' },
  sign_off_still_open: { status: 409, title: 'You can still sign off yourself' },
  signoff_request_pending: { status: 409, title: 'You already asked to sign off from this shift' },
  signoff_request_not_found: { status: 404, title: 'No such sign-off request' },
  signoff_request_decided: { status: 409, title: 'This sign-off request was already decided' },
  feed_not_found: { status: 404, title: 'No such calendar feed' },
  payload_too_large: { status: 413, title: 'The request body is too large' },
  unsupported_media_type: { status: 415, title: 'Send JSON' },
  ticket_type_not_found: { status: 404, title: 'No such ticket type' },
  ticket_not_found: { status: 404, title: 'No such ticket' },
  check_in_list_not_found: { status: 404, title: 'No such check-in list' },
  scan_not_found: { status: 404, title: 'No such scan' },
  ticket_type_taken: { status: 409, title: 'A ticket type with this slug or number already exists' },
  check_in_list_in_use: { status: 409, title: 'This check-in list has scans and cannot be deleted' },
  ticket_type_in_use: { status: 409, title: 'Tickets or check-in lists depend on this ticket type' },
  ticket_type_has_tickets: { status: 409, title: 'A ticket type with tickets cannot be deleted' },
  exits_not_counted: { status: 409, title: 'This check-in list does not count exits' },
  scan_not_undoable: { status: 409, title: 'This scan admitted nobody or was already undone' },
  signing_keys_exhausted: { status: 409, title: 'This conference has used all 255 signing key ids' },
  undo_window_passed: { status: 409, title: 'Admissions can only be undone within 15 minutes' },
  ticket_bulk_unknown: {
    status: 422,
    title: 'Some tickets are not tickets of this conference; none was changed',
  },
  ticket_import_invalid: {
    status: 422,
    title: 'Some rows of the import are not valid; nothing was imported',
  },
  // Schedule import and recording links.
  import_unreadable: { status: 400, title: 'The schedule file could not be read' },
  import_empty: { status: 422, title: 'The file holds no sessions; nothing would be imported' },
  import_confirmation_required: {
    status: 409,
    title: 'This import cancels more than a quarter of the published sessions; confirm to apply it',
  },
  import_url_refused: { status: 400, title: 'Schedules are not fetched from this address' },
  import_fetch_failed: { status: 422, title: 'The schedule could not be fetched from that address' },
  import_preview_not_found: { status: 404, title: 'No such import preview, or it has expired' },
  import_preview_applied: { status: 409, title: 'This import preview was already applied' },
  import_preview_stale: { status: 409, title: 'The schedule changed since this preview; preview again' },
  recordings_unreadable: { status: 400, title: 'The recordings file could not be read' },
  conference_slug_taken: { status: 409, title: 'A conference with this slug already exists' },
  // Sponsors, their logos and copying an edition.
  sponsor_not_found: { status: 404, title: 'No such sponsor' },
  sponsor_tier_not_found: { status: 404, title: 'No such sponsor tier' },
  sponsor_slug_taken: { status: 409, title: 'A sponsor with this slug already exists' },
  sponsor_tier_name_taken: { status: 409, title: 'A sponsor tier with this name already exists' },
  sponsor_tier_in_use: { status: 409, title: 'This tier has sponsors; confirm to delete them too' },
  sponsor_tier_order_mismatch: { status: 409, title: 'The new order must list every tier exactly once' },
  logo_not_found: { status: 404, title: 'This sponsor has no logo' },
  logo_too_large: { status: 413, title: 'The logo is larger than 512 KB' },
  logo_type_not_allowed: { status: 415, title: 'Logos must be PNG, JPEG, WebP or SVG images' },
  logo_svg_refused: { status: 422, title: 'This SVG cannot be made safe to show' },
  logo_unreadable: { status: 422, title: 'The logo is not a readable image' },
  logo_dimensions_not_allowed: { status: 422, title: 'The logo must be 1 to 4096 pixels wide and high' },
  copy_source_not_found: { status: 422, title: 'There is no edition to copy from with this slug' },
  // Schedule publishing.
  schedule_nothing_to_publish: { status: 409, title: 'There are no unpublished schedule changes' },
  session_published: { status: 409, title: 'Only a session that was never published can be discarded' },
  // Schedule structure: rooms, tracks, days, speakers. *_in_use asks to confirm with ?confirm=true.
  room_not_found: { status: 404, title: 'No such room' },
  track_not_found: { status: 404, title: 'No such track' },
  conference_day_not_found: { status: 404, title: 'This date is not a day of the conference' },
  room_taken: { status: 409, title: 'A room with this slug or name already exists' },
  track_taken: { status: 409, title: 'A track with this slug or name already exists' },
  room_in_use: { status: 409, title: 'Sessions use this room; confirm to delete it anyway' },
  track_in_use: { status: 409, title: 'Sessions use this track; confirm to delete it anyway' },
  speaker_in_use: { status: 409, title: 'This speaker is on sessions; confirm to delete them anyway' },
  rate_limited: { status: 429, title: 'Too many attempts, try again later' },
  internal_error: { status: 500, title: 'Something went wrong on our side' },
  /** The database connection failed or was cut; the answer carries Retry-After. */
  database_unavailable: { status: 503, title: 'The database is unavailable, try again shortly' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemCode = keyof typeof problemCodes;
export const problemCodeSchema = z.enum(Object.keys(problemCodes) as [ProblemCode, ...ProblemCode[]]);

/** RFC 9457 problem details, with our stable `code` and per-field `errors` for validation. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  detail: z.string().optional(),
  errors: z.record(z.string(), z.array(z.string())).optional(),
});
export type Problem = z.infer<typeof problemSchema>;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function problemTypeUri(code: string): string {
  return `https://lanyard.dev/problems/${code.replaceAll('_', '-')}`;
}

export function makeProblem(code: ProblemCode, detail?: string, errors?: Record<string, string[]>): Problem {
  const { status, title } = problemCodes[code];
  return {
    type: problemTypeUri(code),
    title,
    status,
    code,
    ...(detail ? { detail } : {}),
    ...(errors ? { errors } : {}),
  };
}

/** Per-field messages from a zod error, keyed by dotted path ("" for the whole body). */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.');
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

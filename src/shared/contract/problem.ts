import { z } from 'zod';

/**
 * Stable machine codes for every error the API returns. Clients branch on these, never on
 * titles or HTTP statuses, so a code once published is never renamed. Features append theirs.
 */
export const problemCodes = {
  validation_failed: { status: 400, title: 'The request is not valid' },
  bad_request: { status: 400, title: 'The request could not be read' },
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
  payload_too_large: { status: 413, title: 'The request body is too large' },
  unsupported_media_type: { status: 415, title: 'Send JSON' },
  ticket_type_not_found: { status: 404, title: 'No such ticket type' },
  ticket_not_found: { status: 404, title: 'No such ticket' },
  check_in_list_not_found: { status: 404, title: 'No such check-in list' },
  scan_not_found: { status: 404, title: 'No such scan' },
  ticket_type_taken: { status: 409, title: 'A ticket type with this slug or number already exists' },
  check_in_list_in_use: { status: 409, title: 'This check-in list has scans and cannot be deleted' },
  exits_not_counted: { status: 409, title: 'This check-in list does not count exits' },
  scan_not_undoable: { status: 409, title: 'This scan admitted nobody or was already undone' },
  signing_keys_exhausted: { status: 409, title: 'This conference has used all 255 signing key ids' },
  undo_window_passed: { status: 409, title: 'Admissions can only be undone within 15 minutes' },
  ticket_import_invalid: {
    status: 422,
    title: 'Some rows of the import are not valid; nothing was imported',
  },
  // Schedule import and recording links.
  import_unreadable: { status: 400, title: 'The schedule file could not be read' },
  import_url_refused: { status: 400, title: 'Schedules are not fetched from this address' },
  import_fetch_failed: { status: 422, title: 'The schedule could not be fetched from that address' },
  import_preview_not_found: { status: 404, title: 'No such import preview, or it has expired' },
  import_preview_applied: { status: 409, title: 'This import preview was already applied' },
  import_preview_stale: { status: 409, title: 'The schedule changed since this preview; preview again' },
  recordings_unreadable: { status: 400, title: 'The recordings file could not be read' },
  conference_slug_taken: { status: 409, title: 'A conference with this slug already exists' },
  // Schedule publishing.
  schedule_nothing_to_publish: { status: 409, title: 'There are no unpublished schedule changes' },
  rate_limited: { status: 429, title: 'Too many attempts, try again later' },
  internal_error: { status: 500, title: 'Something went wrong on our side' },
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

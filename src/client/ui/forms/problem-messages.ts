import { type ProblemCode } from '@shared/contract/problem';
import { hasMessage, type MessageKey, t } from '@client/i18n';
import { ApiError } from '@client/lib/api-error';
import { formatDay } from '@client/lib/format';

/**
 * The one place that says, in the reader's language, why the API refused.
 *
 * Which sentence:
 * 1. the screen's own sentence for the code, where a screen needs a different one (`screenWords`);
 * 2. else the app's sentence for the code (`problem.<code>` in the catalogs, listed in `wording`);
 * 3. else the server's `detail`, which is written for people and names this case; then its
 *    `title`. Both are English, so a code that people meet often deserves a sentence here.
 *
 * When the server's detail is shown as well: our sentence is translated and says what to do,
 * so it leads. The detail follows it only for codes marked `facts` below, whose detail names the
 * facts of this case that no fixed sentence can (which shift clashes and when, when sign-up
 * opens, what in the file could not be read, how large the image is). Any other detail restates
 * the code in English and is left out. Times in a detail are rewritten the way the app writes them.
 *
 * This module imports no zod: the attendee's first screen shows problems too (decision 0011).
 */
const wording = {
  // The first screen's (en.ts, translated).
  invalid_credentials: 'plain',
  rate_limited: 'plain',
  email_taken: 'plain',
  validation_failed: 'plain',
  // Anyone.
  forbidden: 'plain',
  unauthenticated: 'plain',
  user_not_found: 'plain',
  last_organizer: 'plain',
  // Volunteers. shift_full's detail speaks to API clients ({"waitlist": true}); the card offers the list.
  shift_full: 'plain',
  already_signed_up: 'facts',
  shift_started: 'plain',
  shift_ended: 'plain',
  signup_not_open_yet: 'facts',
  overlaps_shift: 'facts',
  role_needed: 'facts',
  briefing_needed: 'facts',
  too_little_rest: 'facts',
  daily_hours_exceeded: 'facts',
  locked_no_shows: 'facts',
  sign_off_deadline_passed: 'facts',
  not_signed_up: 'plain',
  no_handover_offered: 'plain',
  invite_not_found: 'plain',
  invite_revoked: 'plain',
  invite_expired: 'plain',
  invite_used_up: 'plain',
  briefing_not_found: 'plain',
  briefing_expired: 'plain',
  sign_off_still_open: 'plain',
  signoff_request_pending: 'plain',
  signoff_request_decided: 'plain',
  // Coordination.
  capacity_below_signups: 'plain',
  shift_change_overlaps: 'plain',
  shift_role_locked: 'plain',
  shift_not_found: 'plain',
  role_not_found: 'plain',
  role_slug_taken: 'plain',
  role_has_history: 'plain',
  no_sessions_match: 'plain',
  message_no_recipients: 'plain',
  // Rooms, tracks, days, speakers.
  room_taken: 'plain',
  track_taken: 'plain',
  room_not_found: 'plain',
  track_not_found: 'plain',
  speaker_not_found: 'plain',
  conference_day_not_found: 'plain',
  // The schedule.
  import_unreadable: 'facts',
  import_empty: 'facts',
  import_confirmation_required: 'facts',
  import_url_refused: 'facts',
  import_fetch_failed: 'facts',
  import_preview_not_found: 'plain',
  import_preview_applied: 'plain',
  import_preview_stale: 'facts',
  schedule_nothing_to_publish: 'plain',
  session_not_found: 'plain',
  session_published: 'plain',
  // Sponsors and editions.
  sponsor_slug_taken: 'plain',
  sponsor_tier_name_taken: 'plain',
  sponsor_tier_not_found: 'plain',
  sponsor_not_found: 'plain',
  sponsor_tier_order_mismatch: 'plain',
  logo_too_large: 'plain',
  logo_type_not_allowed: 'plain',
  logo_svg_refused: 'facts',
  logo_unreadable: 'facts',
  logo_dimensions_not_allowed: 'facts',
  conference_slug_taken: 'plain',
  copy_source_not_found: 'plain',
  // Tickets.
  ticket_type_taken: 'plain',
  ticket_type_not_found: 'plain',
  ticket_not_found: 'plain',
  check_in_list_not_found: 'plain',
  check_in_list_in_use: 'plain',
  ticket_type_in_use: 'plain',
  ticket_type_has_tickets: 'plain',
  signing_keys_exhausted: 'plain',
  ticket_import_invalid: 'plain',
  ticket_bulk_unknown: 'plain',
} as const satisfies { [C in ProblemCode]?: 'plain' | 'facts' };

type WordedCode = keyof typeof wording;
/** Fails to compile when a worded code has no `problem.<code>` sentence in the English catalogs. */
const keyOf = (code: WordedCode): MessageKey => `problem.${code}`;

/** A screen's own sentences, for codes whose general sentence would be wrong there. */
const screenWords = {
  /** Pages a route shows for a 404: what is missing, in the first screen's (translated) words. */
  notFound: {
    conference_not_found: 'error.conferenceNotFound',
    session_not_found: 'session.notFound',
    speaker_not_found: 'speaker.notFound',
  },
  /** Volunteers' pages: a role's coordinator may do what is refused here, not only organizers. */
  volunteer: { forbidden: 'problem.forbidden.coordinator' },
  coordination: {
    forbidden: 'problem.forbidden.coordinator',
    user_not_found: 'problem.user_not_found.coordinator',
  },
  /** Changing someone's roles: refused means you are no longer an organizer yourself. */
  people: { forbidden: 'problem.forbidden.people' },
  schedule: { payload_too_large: 'problem.payload_too_large.schedule' },
} as const satisfies Record<string, { [C in ProblemCode]?: MessageKey }>;

export type ProblemScreen = keyof typeof screenWords;

function isWorded(code: string): code is WordedCode {
  return Object.hasOwn(wording, code);
}

function sentenceKey(code: string, screen: ProblemScreen | undefined): MessageKey | null {
  const own: Partial<Record<string, MessageKey>> = screen ? screenWords[screen] : {};
  const key = own[code] ?? (isWorded(code) ? keyOf(code) : null);
  // A page's sentence asked for before the page's strings loaded: the server's words instead.
  return key && hasMessage(key) ? key : null;
}

/**
 * The server writes times as "2025-10-17 09:00 (Europe/Paris)", already in the conference's
 * zone (with or without the zone's name); the app writes them "Fri 17 Oct 09:00" everywhere, so its words and ours match.
 */
export function localiseTimes(text: string): string {
  return text.replace(
    /(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})(?: \([A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*\))?/g,
    (_all, day: string, time: string) => `${formatDay(day)} ${time}`,
  );
}

/** Our sentence for this refusal on this screen, or null where we have none (or it is not an API refusal). */
export function wordedProblem(error: unknown, screen?: ProblemScreen): string | null {
  if (!(error instanceof ApiError)) return null;
  const key = sentenceKey(error.code, screen);
  return key ? t(key) : null;
}

export interface ProblemText {
  /** The sentence to lead with. */
  message: string;
  /** The facts of this case from the server, to show under it; null when there are none worth showing. */
  detail: string | null;
}

/** Why it failed, as a sentence and the server's facts when they add something (see the rule above). */
export function describeProblem(error: unknown, screen?: ProblemScreen): ProblemText {
  if (error instanceof ApiError) {
    const message = wordedProblem(error, screen);
    if (message === null) return { message: localiseTimes(error.detail ?? error.title), detail: null };
    const facts = isWorded(error.code) && wording[error.code] === 'facts' && error.detail;
    return { message, detail: facts ? localiseTimes(facts) : null };
  }
  // fetch() rejects with a TypeError when the server cannot be reached at all.
  if (error instanceof TypeError) return { message: t('problem.network'), detail: null };
  return { message: t('problem.unknown'), detail: null };
}

/** The same as one line, for places with room for a single sentence. */
export function problemMessage(error: unknown, screen?: ProblemScreen): string {
  const { message, detail } = describeProblem(error, screen);
  return detail ? `${message} ${detail}` : message;
}

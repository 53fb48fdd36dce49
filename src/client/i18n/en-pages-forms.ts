/**
 * English strings of the form kit (src/client/ui/forms): its buttons and summary, and every
 * sentence for a refusal of the API. `problem.<code>` is the app's sentence for a contract
 * problem code (the registry in ui/forms/problem-messages.ts lists which codes have one);
 * `problem.<code>.<screen>` is a screen's own sentence where it needs a different one. The
 * first screen's few problem sentences live in en.ts. Spread into en-pages.ts.
 */
export const enForms = {
  'form.invalid': {
    one: '{count} field needs attention; see the message next to it.',
    other: '{count} fields need attention; see the messages next to them.',
  },
  'form.cancel': 'Cancel',
  'form.close': 'Close',
  'form.deleting': 'Deleting…',

  // What depends on something about to be deleted (the confirm dialog's list, decision 0009)
  'dependents.session': { one: '{count} session', other: '{count} sessions' },
  'dependents.draft': { one: '{count} unpublished edit', other: '{count} unpublished edits' },
  'dependents.sponsor': { one: '{count} sponsor', other: '{count} sponsors' },
  'dependents.shift': { one: '{count} shift', other: '{count} shifts' },
  'dependents.member': { one: '{count} member', other: '{count} members' },
  'dependents.signup': { one: '{count} person signed up', other: '{count} people signed up' },
  'dependents.ticket': { one: '{count} ticket', other: '{count} tickets' },
  'dependents.check_in_list': { one: '{count} check-in list', other: '{count} check-in lists' },
  'dependents.scan': { one: '{count} scan', other: '{count} scans' },
  'dependents.examples': '{counted}: {names}',
  'dependents.examplesMore': {
    one: '{counted}: {names} and {count} more',
    other: '{counted}: {names} and {count} more',
  },
  'dependents.name': '“{name}”',

  // Anyone
  'problem.forbidden': 'Your account may not do this. Ask an organizer if it should.',
  'problem.unauthenticated': 'Your session has ended. Log in again.',

  // Volunteers signing up, leaving and handing over shifts
  'problem.shift_full': 'Someone was quicker: this shift is full. You can join its waiting list.',
  'problem.already_signed_up': 'You already have this shift (or wait for it).',
  'problem.shift_started': 'This shift has started; sign-up is closed.',
  'problem.shift_ended': 'This shift is over.',
  'problem.signup_not_open_yet': 'Sign-up for this shift is not open yet.',
  'problem.overlaps_shift': 'This shift overlaps one of your shifts.',
  'problem.role_needed': 'Join this role first.',
  'problem.briefing_needed': 'This role needs its briefing first; a coordinator confirms you after it.',
  'problem.too_little_rest': 'Too little rest between this and another of your shifts.',
  'problem.daily_hours_exceeded': 'That would go over the daily hours limit.',
  'problem.locked_no_shows': 'Sign-up is locked after missed shifts. Please talk to a coordinator.',
  'problem.sign_off_deadline_passed': 'It is too late to sign off on your own.',
  'problem.not_signed_up': 'You are not on this shift (any more).',
  'problem.no_handover_offered': 'Someone else took it over first.',
  'problem.forbidden.coordinator': 'Only organizers and the role’s coordinator can do this.',

  // Invite links, briefing codes and late sign-off requests
  'problem.invite_not_found':
    'We do not know this invite link. Check that you opened or copied the whole link.',
  'problem.invite_revoked': 'The organizers withdrew this invite link. Ask them for a new one.',
  'problem.invite_expired': 'This invite link has expired. Ask the organizers for a new one.',
  'problem.invite_used_up':
    'This invite link has been used as often as allowed. Ask the organizers for a new one.',
  'problem.briefing_not_found':
    'This briefing code is not valid. Scan the code on the coordinator’s screen again.',
  'problem.briefing_expired': 'This briefing code has expired. Scan the one on the coordinator’s screen now.',
  'problem.sign_off_still_open': 'The deadline has not passed yet: you can sign off yourself.',
  'problem.signoff_request_pending': 'You already asked; the coordinator has not answered yet.',
  'problem.signoff_request_decided': 'Someone already answered this request.',

  // Coordinating shifts and roles
  'problem.capacity_below_signups':
    'More volunteers hold a place than this capacity. Take some off the roster first, then lower it.',
  'problem.shift_change_overlaps':
    'The new times overlap another shift of someone on this shift, so they were not saved.',
  'problem.shift_role_locked': 'Volunteers are on this shift, so it cannot move to another role.',
  'problem.shift_not_found': 'This shift no longer exists; someone may have deleted it.',
  'problem.role_not_found': 'This role no longer exists.',
  'problem.role_slug_taken': 'A role with this name already exists.',
  'problem.no_sessions_match':
    'There is nothing to create: no sessions in these rooms and days, or their shifts already exist.',
  'problem.message_no_recipients': 'Nobody is on this role or shift yet, so nobody would receive it.',
  'problem.role_has_history':
    'Volunteers have worked shifts of this role, so it cannot be deleted: their hours would be lost. Rename it instead.',
  'problem.user_not_found.coordinator': 'That account no longer exists; choose another coordinator.',

  // People and their roles
  'problem.last_organizer': 'Someone else must be organizer before you can give up the role.',
  'problem.user_not_found': 'This account no longer exists.',
  'problem.forbidden.people': 'Only organizers can change roles, and your account no longer is one.',

  // Rooms, tracks, days and speakers
  'problem.room_taken': 'Another room already uses this slug or name.',
  'problem.track_taken': 'Another track already uses this slug or name.',
  'problem.room_not_found': 'This room was deleted meanwhile. Reload the page.',
  'problem.track_not_found': 'This track was deleted meanwhile. Reload the page.',
  'problem.speaker_not_found': 'This speaker was deleted meanwhile. Reload the page.',
  'problem.conference_day_not_found': 'This day is no longer part of the conference.',

  // Importing, editing and publishing the schedule
  'problem.import_unreadable':
    'This file is not a schedule Lanyard can read (schedule.xml, schedule.json or an iCalendar feed).',
  'problem.import_empty':
    'The file holds no sessions, so importing it would cancel the whole schedule. Nothing was changed.',
  'problem.import_confirmation_required':
    'This import cancels more than a quarter of the published sessions. Confirm it to apply.',
  'problem.import_url_refused':
    'Lanyard does not fetch schedules from this address: use a public http or https address.',
  'problem.import_fetch_failed':
    'The schedule could not be fetched from that address. Check it opens in a browser, or upload the file instead.',
  'problem.import_preview_not_found': 'This preview has expired. Preview the import again.',
  'problem.import_preview_applied': 'This preview was already applied.',
  'problem.import_preview_stale':
    'The schedule changed since this preview was made. Preview the import again to see the current differences.',
  'problem.payload_too_large.schedule': 'The schedule is larger than 20 MB, the most Lanyard reads.',
  'problem.schedule_nothing_to_publish': 'There is nothing to publish: every change is already public.',
  'problem.session_not_found': 'There is no session with this code.',
  'problem.session_published':
    'This session has been published, so it cannot be discarded; set its status to cancelled instead.',

  // Sponsors, tiers and logos
  'problem.sponsor_slug_taken': 'Another sponsor of this edition has this slug.',
  'problem.sponsor_tier_name_taken': 'Another tier of this edition has this name.',
  'problem.sponsor_tier_not_found': 'This tier no longer exists. Reload the page.',
  'problem.sponsor_not_found': 'This sponsor no longer exists. Reload the page.',
  'problem.sponsor_tier_order_mismatch': 'The tiers changed meanwhile. Reload the page and reorder again.',
  'problem.logo_too_large': 'The file is larger than 512 KB. Export a smaller image and try again.',
  'problem.logo_type_not_allowed':
    'This file is not a PNG, JPEG, WebP or SVG image. Export the logo in one of these formats and try again.',
  'problem.logo_svg_refused':
    'This SVG cannot be shown safely (it declares a DOCTYPE or entities, or is not an SVG document). Export it again as plain SVG or as PNG.',
  'problem.logo_unreadable':
    'The image could not be read; it may be damaged or cut off. Export it again and retry.',
  'problem.logo_dimensions_not_allowed': 'The image must be between 1 and 4096 pixels wide and high.',

  // Editions
  'problem.conference_slug_taken': 'Another edition has this slug.',
  'problem.copy_source_not_found': 'The edition to copy from no longer exists.',

  // Tickets, ticket types, check-in lists and signing keys
  'problem.ticket_type_taken': 'A ticket type with this short name already exists.',
  'problem.ticket_type_not_found': 'This ticket type no longer exists. Reload the page.',
  'problem.ticket_not_found': 'This ticket no longer exists. Reload the page.',
  'problem.check_in_list_not_found': 'This check-in list no longer exists. Reload the page.',
  'problem.check_in_list_in_use': 'Tickets were scanned on this list, so it stays.',
  'problem.ticket_type_has_tickets':
    'Tickets keep their type, even cancelled ones: desks need it to refuse them. Rename the type instead, or stop selling it.',
  'problem.ticket_type_in_use':
    'Check-in lists admit only this type; without it they would admit every type. Edit those lists first.',
  'problem.signing_keys_exhausted': 'All 255 signing keys of this conference are used.',
  'problem.ticket_import_invalid': 'Some rows are not valid; nothing was imported.',
};

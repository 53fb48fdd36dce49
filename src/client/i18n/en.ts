/**
 * The English catalog: the source of every user-visible string. Other locales translate these
 * keys; a missing key falls back to English so a partial translation never shows a blank.
 * This file holds what the app shell and the schedule (the first screen) show; the other pages'
 * strings are in en-pages.ts, loaded with those pages, so they stay out of the first visit.
 * `{name}` placeholders are filled by t(); a `{ one, other }` entry is chosen by the `count` param.
 */
export const en = {
  'app.name': 'Lanyard',
  'app.skipToContent': 'Skip to content',
  'app.loading': 'Loading…',
  'app.language': 'Language',

  'nav.label': 'Sections',
  'nav.schedule': 'Schedule',
  'nav.mySchedule': 'Starred',
  'nav.sponsors': 'Sponsors',
  'nav.videos': 'Videos',
  'nav.volunteer': 'Volunteer',
  'nav.checkIn': 'Check-in',
  'nav.organizer': 'Organizer',

  'auth.login': 'Log in',
  'auth.logout': 'Log out',
  'auth.loggingOut': 'Logging out…',
  'auth.signedInAs': 'Signed in as {name}',

  'problem.invalid_credentials': 'The email or password is wrong. Check both and try again.',
  'problem.rate_limited': 'Too many attempts. Wait a few minutes, then try again.',
  'problem.email_taken': 'An account with this email already exists. Log in instead.',
  'problem.validation_failed': 'Some fields need attention.',
  'problem.network': 'The server could not be reached. Check your connection and try again.',
  'problem.unknown': 'Something went wrong. Please try again.',

  'error.title': 'Something went wrong',
  'error.notFoundTitle': 'Page not found',
  'error.notFoundBody': 'There is nothing at this address. It may have moved, or the link may be mistyped.',
  'error.forbiddenTitle': 'Staff only',
  'error.forbiddenBody': 'This section is for {role} accounts. You are logged in without that role.',
  'error.conferenceNotFound': 'There is no conference at this address.',
  'error.goHome': 'Go to the current conference',
  'error.retry': 'Try again',
  'error.status': 'Error {status}',

  'role.volunteer': 'volunteer',
  'role.checkin': 'check-in',
  'role.organizer': 'organizer',

  'time.shownIn': 'Times in {label}: {zone}, {offset}',
  'time.conferenceZone': 'conference time',
  'time.deviceZone': 'your device’s time',
  'time.useDevice': 'Show in my time zone',
  'time.useConference': 'Show in conference time',

  'list.and': ' and ',

  'offline.notice': 'Offline. Showing what this device saved.',
  'offline.lastUpdated': 'Offline — last updated {time}',
  'offline.lastUpdatedDay': 'Offline — last updated {day}, {time}',
  'offline.pageTitle': 'You are offline',
  'offline.pageBody':
    'This page was not saved on this device. It opens by itself when the connection is back.',
  'offline.toSchedule': 'Open the saved schedule',

  'update.available': 'A new version is available.',
  'update.reload': 'Reload',

  'star.add': 'Add “{title}” to my schedule',
  'star.remove': 'Remove “{title}” from my schedule',
  'star.addShort': 'Add to my schedule',
  'star.starred': 'In my schedule',

  'filters.search': 'Search sessions',
  'filters.searchPlaceholder': 'Search titles, speakers, descriptions',
  'filters.title': 'Filters',
  'filters.titleActive': { one: 'Filters ({count} on)', other: 'Filters ({count} on)' },

  'schedule.title': 'Schedule',
  'schedule.days': 'Conference days',
  'schedule.empty': 'No sessions on this day.',
  'schedule.sessionCount': { one: '{count} session', other: '{count} sessions' },
  'schedule.matchCount': { one: '{count} of {total} sessions', other: '{count} of {total} sessions' },
  'schedule.noMatch': 'No session of this day matches the filters. Clear the filters to see them all.',
  'schedule.searchTitle': 'Search results, all days',
  'schedule.searchCount': { one: '{count} session matches “{q}”', other: '{count} sessions match “{q}”' },
  'schedule.dayMatchCount': { one: '{count} match', other: '{count} matches' },
  'schedule.matchesPerDay': 'Matches per day',
  'schedule.noSearchMatch': 'No session on any day matches “{q}”. Try another word.',
  'schedule.noSearchMatchFiltered':
    'No session on any day matches “{q}” with the filters set. Change the search or clear the filters.',
  'schedule.nowNext': 'Now & next',
  'schedule.jumpToNow': 'Jump to now',
  'schedule.showEarlier': 'Show earlier sessions',
  'schedule.showMore': 'Show more sessions',

  'session.noRoom': 'Room to be announced',
  'session.cancelled': 'Cancelled',
  'session.notFound': 'There is no session with this code.',
  'session.live': 'Live',
  'session.new': 'New',
  'session.changed': 'Changed',
  'session.type.talk': 'Talk',
  'session.type.short-talk': 'Short talk',
  'session.type.workshop': 'Workshop',
  'session.type.keynote': 'Keynote',
  'session.type.barcamp': 'Barcamp',
  'session.type.social': 'Social',

  'speaker.notFound': 'There is no speaker with this code.',

  'session.movedFrom': 'Moved from {place}',
} as const;

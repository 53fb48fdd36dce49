/** English strings, Organizer console: creating sessions and choosing their speakers. Spread into en-pages.ts. */
export const enSessionsAdmin = {
  'sessionsAdmin.new': 'New session',
  'sessionsAdmin.newTitle': 'New session',
  'sessionsAdmin.newIntro':
    'A new session stays a draft, hidden from attendees, until you publish; then it shows as new.',
  'sessionsAdmin.create': 'Create draft',
  'sessionsAdmin.creating': 'Creating…',
  'sessionsAdmin.cancelNew': 'Cancel',
  'sessionsAdmin.newBadge': 'New',
  'sessionsAdmin.speakers': 'Speakers',
  'sessionsAdmin.speakersHint': 'In billing order: the first is listed first.',
  'sessionsAdmin.noSpeakers': 'No speakers yet.',
  'sessionsAdmin.findSpeaker': 'Find a speaker',
  'sessionsAdmin.findSpeakerHint': 'Type part of a name or code, then tick the speakers to add.',
  'sessionsAdmin.speakerMatches': {
    one: '{count} speaker matches',
    other: '{count} speakers match',
  },
  'sessionsAdmin.moreSpeakers': {
    one: 'and {count} more: narrow the search',
    other: 'and {count} more: narrow the search',
  },
  'sessionsAdmin.moveUp': 'Move {name} up',
  'sessionsAdmin.moveDown': 'Move {name} down',
  'sessionsAdmin.removeSpeaker': 'Remove {name}',
  'sessionsAdmin.discard': 'Discard this new session',
  'sessionsAdmin.discardTitle': 'Discard “{title}”?',
  'sessionsAdmin.discardConfirm': 'This new session was never published. Discarding it cannot be undone.',
  'sessionsAdmin.discardYes': 'Discard',
  'sessionsAdmin.discarding': 'Discarding…',
} as const;

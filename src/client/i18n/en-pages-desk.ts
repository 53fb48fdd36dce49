/** English strings, Check-in desk and arrivals: heartbeats, time series, offline search, sounds. Spread into en-pages.ts. */
export const enDesk = {
  'desk.sounds': 'Sounds',
  'desk.searchLocal': {
    one: 'Offline: searching this desk’s copy of {count} ticket.',
    other: 'Offline: searching this desk’s copy of {count} tickets.',
  },
  'desk.searchCountLocal': {
    one: '{count} ticket (offline copy; check-in is queued)',
    other: '{count} tickets (offline copy; check-in is queued)',
  },
  'desk.offlineResult': 'Offline',
  'desk.setAsideTitle': {
    one: '{count} queued scan the server refused',
    other: '{count} queued scans the server refused',
  },
  'desk.setAsideHint':
    'Set aside so the scans behind them could upload. Check the person at the desk, then try again or discard.',
  'desk.setAsideCode': 'QR code …{code}',
  'desk.setAsideScanned': 'scanned {time}',
  'desk.setAsideRetry': 'Try again',
  'desk.setAsideRetryName': 'Try {name} again',
  'desk.setAsideDiscard': 'Discard',
  'desk.setAsideDiscardName': 'Discard {name}',
  'arrivals.desksTitle': 'Desks',
  'arrivals.desksEmpty': 'No desk has reported yet. Desks appear here once they open the check-in page.',
  'arrivals.desksSummary': '{online} online · {offline} offline · {queued} scans queued',
  'arrivals.deskQueue': 'Queued',
  'arrivals.deskState.online': 'Online',
  'arrivals.deskState.offline': 'Offline (says so)',
  'arrivals.deskState.silent': 'Offline (no heartbeat)',
  'arrivals.deskUploaded': 'last upload {time}',
  'arrivals.secondsAgo': { one: '{count} second ago', other: '{count} seconds ago' },
  'arrivals.minutesAgo': { one: '{count} minute ago', other: '{count} minutes ago' },
  'arrivals.day': 'Day',
  'arrivals.seriesLabel': {
    one: '{count} admission on {day}, per 15 minutes',
    other: '{count} admissions on {day}, per 15 minutes',
  },
  'arrivals.seriesTable': 'Admissions per 15 minutes, as a table',
  'arrivals.time': 'Time',
  'arrivals.total': 'Total',
  'arrivals.noArrivalsOn': 'Nobody was admitted on this day.',
  'arrivals.denominator': {
    one: 'Out of {count} ticket valid on {day}.',
    other: 'Out of {count} tickets valid on {day}.',
  },
  'arrivals.notCounted': 'Not counted: {parts}.',
  'arrivals.notCounted.otherDays': { one: '{count} for other days', other: '{count} for other days' },
  'arrivals.notCounted.cancelled': { one: '{count} cancelled', other: '{count} cancelled' },
  'arrivals.notCounted.blocked': { one: '{count} blocked', other: '{count} blocked' },
  'arrivals.unknownCode': 'Unknown code',
  'arrivals.axisCount': 'Admissions',
  'arrivals.chartDesc':
    'Bars per 15 minutes from {from} to {to}, the busiest with {max}. The same figures are in the table below.',
  'desk.countsExplained':
    'Checked in / tickets valid today. Cancelled and blocked tickets and tickets for other days are not counted.',
} as const;

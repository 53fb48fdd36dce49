import type { Catalog } from './locales';

/** German for en-pages-staff.ts. Spread into de.ts. */
export const deStaff: Catalog = {
  'volunteer.action.leave': 'Schicht abgeben',
  'volunteer.tone.queued': 'Auf der Warteliste',
  'volunteer.leave.confirm':
    'Deinen Platz abgeben? Er geht an die nächste Person auf der Warteliste oder zurück zu den offenen Schichten. Selbst abgeben kannst du bis {when}.',
  'volunteer.leave.confirmWaitlist': 'Warteliste verlassen? Dein Platz in der Reihe geht verloren.',
  'volunteer.leave.yes': 'Ja, Schicht abgeben',
  'volunteer.leave.yesWaitlist': 'Ja, Liste verlassen',
  'volunteer.leave.keep': 'Behalten',
  'volunteer.leave.left': 'Du hast {shift} abgegeben.',
  'volunteer.leave.leftWaitlist': 'Du hast die Warteliste für {shift} verlassen.',
  'volunteer.leave.undo': 'Rückgängig',
  'volunteer.leave.back': 'Du bist wieder für {shift} eingetragen.',
  'volunteer.leave.taken':
    'Inzwischen hat jemand anderes den Platz in {shift} genommen; er konnte nicht zurückgegeben werden.',
  'volunteer.leave.undoFailed': 'Rückgängig machen ging nicht. Die Schicht steht unter „Schichten für mich“.',
  'volunteer.leave.dismiss': 'OK',
  'volunteer.claim.leaveUntil':
    'Abgeben ist nur bis {when} möglich; danach kann dich nur noch eine Koordinatorin oder ein Koordinator austragen.',
  'volunteer.claim.noLeaving':
    'Abgeben ist seit {when} nicht mehr möglich: Wenn du die Schicht nimmst, kann dich nur noch die Koordination austragen.',
  'desk.leave': 'Einlass verlassen',
  'desk.allDays': 'Ganze Veranstaltung',
  'desk.settings': 'Einstellungen des Einlasses',
  'desk.findByName': 'Namen suchen',
  'desk.alreadyIn': 'Eingelassen',
  'desk.alreadyInAt': '{time} · {desk}',
  'desk.uploadedShort': 'hochgeladen',
  'desk.setAsideShort': 'beim Hochladen abgelehnt',
  'form.cancel': 'Abbrechen',
  'form.close': 'Schließen',
  'form.deleting': 'Wird gelöscht…',
  'dependents.session': { one: '{count} Programmpunkt', other: '{count} Programmpunkte' },
  'dependents.draft': {
    one: '{count} unveröffentlichte Änderung',
    other: '{count} unveröffentlichte Änderungen',
  },
  'dependents.sponsor': { one: '{count} Sponsor', other: '{count} Sponsoren' },
  'dependents.shift': { one: '{count} Schicht', other: '{count} Schichten' },
  'dependents.member': { one: '{count} Mitglied', other: '{count} Mitglieder' },
  'dependents.signup': { one: '{count} eingetragene Person', other: '{count} eingetragene Personen' },
  'dependents.ticket': { one: '{count} Ticket', other: '{count} Tickets' },
  'dependents.check_in_list': { one: '{count} Einlassliste', other: '{count} Einlasslisten' },
  'dependents.scan': { one: '{count} Scan', other: '{count} Scans' },
  'dependents.examples': '{counted}: {names}',
  'dependents.examplesMore': {
    one: '{counted}: {names} und noch {count}',
    other: '{counted}: {names} und noch {count}',
  },
  'dependents.name': '„{name}“',
};

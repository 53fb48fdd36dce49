import type { Catalog } from './locales';

/** German for invites, briefings, sign-off requests and the shift calendar (en-pages-volunteering.ts). Spread into de.ts. */
export const deVolunteering: Catalog = {
  'volunteering.copy': 'Link kopieren',
  'volunteering.copied': 'Kopiert.',
  'volunteering.copyFailed': 'Kopieren ging nicht; markiere den Link und kopiere ihn von Hand.',

  // Accepting an invite
  'volunteering.invite.title': 'Du bist eingeladen mitzuhelfen',
  'volunteering.invite.forRole': 'Werde Teil von {role} bei {conference}',
  'volunteering.invite.general': 'Hilf mit bei {conference}',
  'volunteering.invite.restrictedNote':
    'Für dieses Team braucht es normalerweise eine Bestätigung der Koordination. Da die Koordination dir diesen Link geschickt hat, bist du sofort bestätigt.',
  'volunteering.invite.expires': 'Dieser Link gilt bis {when}.',
  'volunteering.invite.registerTitle': 'Neu hier? Leg dein Konto an',
  'volunteering.invite.haveAccount': 'Du hast schon ein Konto?',
  'volunteering.invite.logIn': 'Anmelden und annehmen',
  'volunteering.invite.loggedInAs': 'Du bist angemeldet als {name}.',
  'volunteering.invite.accept': '{role} beitreten',
  'volunteering.invite.acceptGeneral': 'Einladung annehmen',
  'volunteering.invite.accepting': 'Wird beigetreten…',
  'volunteering.invite.joined': 'Willkommen bei {role}! Du bist bestätigtes Mitglied.',
  'volunteering.invite.joinedGeneral': 'Willkommen! Du bist als helfende Person eingetragen.',
  'volunteering.invite.findShifts': 'Schichten für dich finden',
  'volunteering.invite.unusable': 'Dieser Einladungslink kann nicht verwendet werden',

  // Invite links
  'volunteering.tools.title': 'Einladungen und Briefings',
  'volunteering.invites.title': 'Einladungslinks',
  'volunteering.invites.intro':
    'Schick einen Link an Leute, die du im Team haben möchtest. Sie registrieren sich (oder melden sich an) und sind sofort Mitglied.',
  'volunteering.invites.role': 'Team',
  'volunteering.invites.noRole': 'Kein Team (Helfende allgemein)',
  'volunteering.invites.expiry': 'Link gilt',
  'volunteering.invites.expiry.never': 'Bis er zurückgezogen wird',
  'volunteering.invites.expiry.day': '1 Tag',
  'volunteering.invites.expiry.week': '7 Tage',
  'volunteering.invites.expiry.month': '30 Tage',
  'volunteering.invites.maxUses': 'Wie viele Personen ihn nutzen dürfen',
  'volunteering.invites.maxUsesHint': 'Leer lassen für unbegrenzt.',
  'volunteering.invites.create': 'Einladungslink erstellen',
  'volunteering.invites.creating': 'Wird erstellt…',
  'volunteering.invites.created':
    'Einladungslink für {role}. Kopiere ihn jetzt: Er wird nur einmal angezeigt.',
  'volunteering.invites.linkLabel': 'Einladungslink',
  'volunteering.invites.none': 'Noch keine Einladungslinks.',
  'volunteering.invites.uses': { one: '{count}-mal benutzt', other: '{count}-mal benutzt' },
  'volunteering.invites.usesOf': '{count} von {max} Malen benutzt',
  'volunteering.invites.until': 'bis {when}',
  'volunteering.invites.expired': 'abgelaufen',
  'volunteering.invites.revoked': 'zurückgezogen',
  'volunteering.invites.revoke': 'Zurückziehen',
  'volunteering.invites.revokeLabel': 'Einladungslink für {role} vom {when} zurückziehen',
  'volunteering.invites.failed': 'Der Einladungslink konnte nicht erstellt werden',

  // Briefings
  'volunteering.briefing.title': 'Briefing-Code',
  'volunteering.briefing.intro':
    'Zeig diesen Code beim Briefing. Helfende scannen ihn mit der Handykamera und sind für das Team bestätigt.',
  'volunteering.briefing.role': 'Team mit Briefing',
  'volunteering.briefing.show': 'Briefing-Code zeigen',
  'volunteering.briefing.hide': 'Code ausblenden',
  'volunteering.briefing.qrLabel': 'QR-Code, um deinen Platz bei {role} nach dem Briefing zu bestätigen',
  'volunteering.briefing.renews': 'Der Code erneuert sich selbst; jeder gilt zwei Minuten (bis {time}).',
  'volunteering.briefing.noRoles': 'Keines deiner Teams braucht ein Briefing.',
  'volunteering.briefing.pageTitle': 'Briefing-Bestätigung',
  'volunteering.briefing.logIn': 'Melde dich an, um deine Teilnahme am Briefing zu bestätigen.',
  'volunteering.briefing.confirming': 'Wird bestätigt…',
  'volunteering.briefing.confirmed':
    'Du bist für {role} bestätigt. Jetzt kannst du dich für seine Schichten eintragen.',
  'volunteering.briefing.failed': 'Deine Teilnahme konnte nicht bestätigt werden',

  // Sign-off requests
  'volunteering.request.ask': '{name} bitten, mich auszutragen',
  'volunteering.request.reason': 'Warum kannst du nicht?',
  'volunteering.request.reasonHint': 'Die Koordination sieht das. Ein paar Worte genügen.',
  'volunteering.request.send': 'Anfrage senden',
  'volunteering.request.sending': 'Wird gesendet…',
  'volunteering.request.cancel': 'Abbrechen',
  'volunteering.request.pending':
    'Du hast gebeten, ausgetragen zu werden. Die Koordination hat noch nicht geantwortet.',
  'volunteering.request.declined':
    'Die Koordination hat deine Bitte ums Austragen abgelehnt ({when}). Die Schicht gehört weiter dir.',
  'volunteering.request.approvedTitle': 'Von der Koordination ausgetragen',
  'volunteering.request.approved': '{role} · {when}: {name} hat dich ausgetragen.',
  'volunteering.requests.title': 'Bitten ums Austragen',
  'volunteering.requests.count': {
    one: '{count} helfende Person bittet, nach Ablauf der Frist ausgetragen zu werden.',
    other: '{count} Helfende bitten, nach Ablauf der Frist ausgetragen zu werden.',
  },
  'volunteering.requests.shift': '{role} · {when} · {place}',
  'volunteering.requests.reason': 'Grund: {reason}',
  'volunteering.requests.approve': 'Zustimmen',
  'volunteering.requests.decline': 'Ablehnen',
  'volunteering.requests.approveLabel': 'Zustimmen: {name} austragen',
  'volunteering.requests.declineLabel': 'Bitte von {name} ablehnen',

  // Calendar feed
  'volunteering.feed.title': 'Meine Schichten in meinem Kalender',
  'volunteering.feed.intro':
    'Abonniere sie in deiner Kalender-App: Deine Schichten erscheinen mit Erinnerungen eine Stunde und 15 Minuten vorher und folgen jeder Änderung.',
  'volunteering.feed.create': 'Meinen Kalender-Link erstellen',
  'volunteering.feed.subscribe': 'In der Kalender-App abonnieren',
  'volunteering.feed.linkLabel': 'Kalenderadresse (für dich behalten)',
  'volunteering.feed.renew': 'Neue Adresse erstellen',
  'volunteering.feed.renewHint':
    'Die alte Adresse funktioniert dann nicht mehr, etwa wenn du sie versehentlich geteilt hast.',
  'volunteering.filter.offered': 'Nur Schichten, die abgegeben werden',
};

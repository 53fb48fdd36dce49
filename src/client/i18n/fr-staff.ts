import type { Catalog } from './locales';

/** French for en-pages-staff.ts. Spread into fr.ts. */
export const frStaff: Catalog = {
  'volunteer.action.leave': 'Quitter ce créneau',
  'volunteer.tone.queued': 'Sur liste d’attente',
  'volunteer.leave.confirm':
    'Libérer votre place ? Elle va à la personne suivante sur la liste d’attente, ou retourne aux créneaux libres. Vous pouvez quitter vous-même jusqu’à {when}.',
  'volunteer.leave.confirmWaitlist': 'Quitter la liste d’attente ? Vous perdez votre rang.',
  'volunteer.leave.yes': 'Oui, quitter ce créneau',
  'volunteer.leave.yesWaitlist': 'Oui, quitter la liste',
  'volunteer.leave.keep': 'Le garder',
  'volunteer.leave.left': 'Vous avez quitté {shift}.',
  'volunteer.leave.leftWaitlist': 'Vous avez quitté la liste d’attente de {shift}.',
  'volunteer.leave.undo': 'Annuler',
  'volunteer.leave.back': 'Vous êtes de nouveau inscrit·e sur {shift}.',
  'volunteer.leave.taken':
    'Quelqu’un d’autre a pris la place sur {shift} entre-temps ; elle n’a pas pu vous être rendue.',
  'volunteer.leave.undoFailed': 'Impossible d’annuler. Cherchez le créneau dans « Créneaux pour moi ».',
  'volunteer.leave.dismiss': 'OK',
  'volunteer.claim.leaveUntil':
    'Vous pourrez quitter ce créneau jusqu’à {when} ; ensuite, seul·e un·e coordinateur·rice pourra vous retirer.',
  'volunteer.claim.noLeaving':
    'Il n’est plus possible de quitter ce créneau depuis {when} : une fois pris, seul·e un·e coordinateur·rice pourra vous retirer.',
  'desk.leave': 'Quitter l’accueil',
  'desk.allDays': 'Tout l’événement',
  'desk.settings': 'Réglages de l’accueil',
  'desk.findByName': 'Chercher un nom',
  'desk.alreadyIn': 'Déjà entré·e',
  'desk.alreadyInAt': '{time} · {desk}',
  'desk.uploadedShort': 'envoyé',
  'desk.setAsideShort': 'refusé à l’envoi',
  'form.cancel': 'Annuler',
  'form.close': 'Fermer',
  'form.deleting': 'Suppression…',
  'dependents.session': { one: '{count} session', other: '{count} sessions' },
  'dependents.draft': {
    one: '{count} modification non publiée',
    other: '{count} modifications non publiées',
  },
  'dependents.sponsor': { one: '{count} sponsor', other: '{count} sponsors' },
  'dependents.shift': { one: '{count} créneau', other: '{count} créneaux' },
  'dependents.member': { one: '{count} membre', other: '{count} membres' },
  'dependents.signup': { one: '{count} personne inscrite', other: '{count} personnes inscrites' },
  'dependents.ticket': { one: '{count} billet', other: '{count} billets' },
  'dependents.check_in_list': { one: '{count} liste d’entrée', other: '{count} listes d’entrée' },
  'dependents.scan': { one: '{count} scan', other: '{count} scans' },
  'dependents.examples': '{counted} : {names}',
  'dependents.examplesMore': {
    one: '{counted} : {names} et {count} autre',
    other: '{counted} : {names} et {count} autres',
  },
  'dependents.name': '« {name} »',
};

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
};

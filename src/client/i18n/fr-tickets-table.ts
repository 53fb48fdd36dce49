import type { Catalog } from './locales';

/** French for the organizer's wide console tables (tickets with their bulk actions, sessions) (en-pages-tickets-table.ts). Spread into fr.ts. */
export const frTicketsTable: Catalog = {
  'ticketsTable.caption': 'Billets de cette page',
  'ticketsTable.column.holder': 'Titulaire',
  'ticketsTable.column.email': 'E-mail',
  'ticketsTable.column.type': 'Type',
  'ticketsTable.column.status': 'Statut',
  'ticketsTable.column.checkedIn': 'Enregistré',
  'ticketsTable.column.actions': 'Actions',
  'ticketsTable.notYet': 'Pas encore',
  'ticketsTable.selectAll': 'Sélectionner tous les billets affichés',
  'ticketsTable.select': 'Sélectionner le billet de {name}',
  'ticketsTable.details': 'Détails',
  'ticketsTable.hideDetails': 'Masquer les détails',
  'sessionsTable.caption': 'Sessions',
  'sessionsTable.column.title': 'Titre',
  'sessionsTable.column.code': 'Code',
  'sessionsTable.column.time': 'Quand',
  'sessionsTable.column.room': 'Salle',
  'sessionsTable.column.state': 'État',
  'ticketsBulk.region': 'Billets sélectionnés',
  'ticketsBulk.selected': { one: '{count} billet sélectionné', other: '{count} billets sélectionnés' },
  'ticketsBulk.cancel': { one: 'Annuler {count} billet', other: 'Annuler {count} billets' },
  'ticketsBulk.block': { one: 'Bloquer {count}', other: 'Bloquer {count}' },
  'ticketsBulk.moveTo': { one: 'Passer {count} au type…', other: 'Passer {count} au type…' },
  'ticketsBulk.move': {
    one: 'Changer le type de {count} billet',
    other: 'Changer le type de {count} billets',
  },
  'ticketsBulk.moveSubmit': 'Changer',
  'ticketsBulk.chooseType': 'Choisir un type',
  'ticketsBulk.back': 'Retour',
  'ticketsBulk.clear': 'Effacer la sélection',
  'ticketsBulk.summary.cancel': {
    one: 'Annuler {count} billet : {names}',
    other: 'Annuler {count} billets : {names}',
  },
  'ticketsBulk.summary.block': {
    one: 'Bloquer {count} billet : {names}',
    other: 'Bloquer {count} billets : {names}',
  },
  'ticketsBulk.summary.move': {
    one: 'Passer {count} billet au type {type} : {names}',
    other: 'Passer {count} billets au type {type} : {names}',
  },
  'ticketsBulk.more': { one: 'et {count} autre', other: 'et {count} autres' },
  'ticketsBulk.effect.cancel':
    'Les accueils les refusent en quelques secondes. Un billet peut être rétabli depuis ses détails.',
  'ticketsBulk.effect.block':
    'Les accueils les refusent en quelques secondes. Un billet peut être rétabli depuis ses détails.',
  'ticketsBulk.effect.move':
    'Les accueils les admettent sous le nouveau type ; le QR code l’affiche à la prochaine ouverture du lien.',
  'ticketsBulk.pending.cancel': 'Annulation…',
  'ticketsBulk.pending.block': 'Blocage…',
  'ticketsBulk.pending.move': 'Changement…',
  'ticketsBulk.done.cancel': { one: '{count} billet annulé.', other: '{count} billets annulés.' },
  'ticketsBulk.done.block': { one: '{count} billet bloqué.', other: '{count} billets bloqués.' },
  'ticketsBulk.done.move': {
    one: '{count} billet passé au type {type}.',
    other: '{count} billets passés au type {type}.',
  },
  'problem.ticket_bulk_unknown':
    'Certains de ces billets n’existent plus, aucun n’a donc été modifié. Rechargez la page.',
};

import type { Catalog } from './locales';

/** German for the organizer's wide console tables (tickets with their bulk actions, sessions) (en-pages-tickets-table.ts). Spread into de.ts. */
export const deTicketsTable: Catalog = {
  'ticketsTable.caption': 'Tickets auf dieser Seite',
  'ticketsTable.column.holder': 'Inhaber',
  'ticketsTable.column.email': 'E-Mail',
  'ticketsTable.column.type': 'Typ',
  'ticketsTable.column.status': 'Status',
  'ticketsTable.column.checkedIn': 'Eingecheckt',
  'ticketsTable.column.actions': 'Aktionen',
  'ticketsTable.notYet': 'Noch nicht',
  'ticketsTable.selectAll': 'Alle angezeigten Tickets auswählen',
  'ticketsTable.select': 'Ticket von {name} auswählen',
  'ticketsTable.details': 'Details',
  'ticketsTable.hideDetails': 'Details ausblenden',
  'sessionsTable.caption': 'Sessions',
  'sessionsTable.column.title': 'Titel',
  'sessionsTable.column.code': 'Code',
  'sessionsTable.column.time': 'Wann',
  'sessionsTable.column.room': 'Raum',
  'sessionsTable.column.state': 'Stand',
  'ticketsBulk.region': 'Ausgewählte Tickets',
  'ticketsBulk.selected': { one: '{count} Ticket ausgewählt', other: '{count} Tickets ausgewählt' },
  'ticketsBulk.cancel': { one: '{count} Ticket stornieren', other: '{count} Tickets stornieren' },
  'ticketsBulk.block': { one: '{count} sperren', other: '{count} sperren' },
  'ticketsBulk.moveTo': { one: '{count} zu Typ verschieben…', other: '{count} zu Typ verschieben…' },
  'ticketsBulk.move': { one: '{count} Ticket verschieben', other: '{count} Tickets verschieben' },
  'ticketsBulk.moveSubmit': 'Verschieben',
  'ticketsBulk.chooseType': 'Typ wählen',
  'ticketsBulk.back': 'Zurück',
  'ticketsBulk.clear': 'Auswahl aufheben',
  'ticketsBulk.summary.cancel': {
    one: '{count} Ticket stornieren: {names}',
    other: '{count} Tickets stornieren: {names}',
  },
  'ticketsBulk.summary.block': {
    one: '{count} Ticket sperren: {names}',
    other: '{count} Tickets sperren: {names}',
  },
  'ticketsBulk.summary.move': {
    one: '{count} Ticket zu {type} verschieben: {names}',
    other: '{count} Tickets zu {type} verschieben: {names}',
  },
  'ticketsBulk.more': { one: 'und {count} weiteres', other: 'und {count} weitere' },
  'ticketsBulk.effect.cancel':
    'Einlassstellen weisen sie binnen Sekunden ab. Ein Ticket lässt sich in seinen Details wieder freigeben.',
  'ticketsBulk.effect.block':
    'Einlassstellen weisen sie binnen Sekunden ab. Ein Ticket lässt sich in seinen Details wieder freigeben.',
  'ticketsBulk.effect.move':
    'Einlassstellen lassen sie als neuen Typ ein; der QR-Code zeigt ihn, sobald sein Link wieder geöffnet wird.',
  'ticketsBulk.pending.cancel': 'Wird storniert…',
  'ticketsBulk.pending.block': 'Wird gesperrt…',
  'ticketsBulk.pending.move': 'Wird verschoben…',
  'ticketsBulk.done.cancel': { one: '{count} Ticket storniert.', other: '{count} Tickets storniert.' },
  'ticketsBulk.done.block': { one: '{count} Ticket gesperrt.', other: '{count} Tickets gesperrt.' },
  'ticketsBulk.done.move': {
    one: '{count} Ticket zu {type} verschoben.',
    other: '{count} Tickets zu {type} verschoben.',
  },
  'problem.ticket_bulk_unknown':
    'Einige dieser Tickets gibt es nicht mehr, daher wurde keines geändert. Laden Sie die Seite neu.',
};

/** English strings of the organizer's wide ticket table and its bulk actions (#13). Spread into en-pages.ts. */
export const enTicketsTable = {
  'ticketsTable.caption': 'Tickets on this page',
  'ticketsTable.column.holder': 'Holder',
  'ticketsTable.column.email': 'Email',
  'ticketsTable.column.type': 'Type',
  'ticketsTable.column.status': 'Status',
  'ticketsTable.column.checkedIn': 'Checked in',
  'ticketsTable.column.actions': 'Actions',
  'ticketsTable.notYet': 'Not yet',
  'ticketsTable.selectAll': 'Select all shown tickets',
  'ticketsTable.select': "Select {name}'s ticket",
  'ticketsTable.details': 'Details',
  'ticketsTable.hideDetails': 'Hide details',
  'ticketsBulk.region': 'Selected tickets',
  'ticketsBulk.selected': { one: '{count} ticket selected', other: '{count} tickets selected' },
  'ticketsBulk.cancel': { one: 'Cancel {count} ticket', other: 'Cancel {count} tickets' },
  'ticketsBulk.block': { one: 'Block {count}', other: 'Block {count}' },
  'ticketsBulk.moveTo': { one: 'Move {count} to type…', other: 'Move {count} to type…' },
  'ticketsBulk.move': { one: 'Move {count} ticket', other: 'Move {count} tickets' },
  'ticketsBulk.moveSubmit': 'Move',
  'ticketsBulk.chooseType': 'Choose a type',
  'ticketsBulk.back': 'Go back',
  'ticketsBulk.clear': 'Clear selection',
  'ticketsBulk.summary.cancel': {
    one: 'Cancel {count} ticket: {names}',
    other: 'Cancel {count} tickets: {names}',
  },
  'ticketsBulk.summary.block': {
    one: 'Block {count} ticket: {names}',
    other: 'Block {count} tickets: {names}',
  },
  'ticketsBulk.summary.move': {
    one: 'Move {count} ticket to {type}: {names}',
    other: 'Move {count} tickets to {type}: {names}',
  },
  'ticketsBulk.more': { one: 'and {count} more', other: 'and {count} more' },
  'ticketsBulk.effect.cancel':
    'Desks refuse them within seconds. A ticket can be reinstated from its details.',
  'ticketsBulk.effect.block':
    'Desks refuse them within seconds. A ticket can be reinstated from its details.',
  'ticketsBulk.effect.move':
    'Desks admit them as the new type; each QR code shows it next time its link opens.',
  'ticketsBulk.pending.cancel': 'Cancelling…',
  'ticketsBulk.pending.block': 'Blocking…',
  'ticketsBulk.pending.move': 'Moving…',
  'ticketsBulk.done.cancel': { one: '{count} ticket cancelled.', other: '{count} tickets cancelled.' },
  'ticketsBulk.done.block': { one: '{count} ticket blocked.', other: '{count} tickets blocked.' },
  'ticketsBulk.done.move': {
    one: '{count} ticket moved to {type}.',
    other: '{count} tickets moved to {type}.',
  },
  'problem.ticket_bulk_unknown':
    'Some of these tickets no longer exist, so none was changed. Reload the page.',
} as const;

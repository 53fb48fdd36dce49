import type { Catalog } from './locales';

/** German for the arrivals figures, their denominator and chart (en-pages-desk.ts). Spread into de.ts. */
export const deArrivals: Catalog = {
  'arrivals.denominator': {
    one: 'Von {count} Ticket, das am {day} gilt.',
    other: 'Von {count} Tickets, die am {day} gelten.',
  },
  'arrivals.notCounted': 'Nicht gezählt: {parts}.',
  'arrivals.notCounted.otherDays': { one: '{count} für andere Tage', other: '{count} für andere Tage' },
  'arrivals.notCounted.cancelled': { one: '{count} storniert', other: '{count} storniert' },
  'arrivals.notCounted.blocked': { one: '{count} gesperrt', other: '{count} gesperrt' },
  'arrivals.unknownCode': 'Unbekannter Code',
  'arrivals.axisCount': 'Einlässe',
  'arrivals.chartDesc':
    'Balken je 15 Minuten von {from} bis {to}, der höchste mit {max}. Dieselben Zahlen stehen in der Tabelle darunter.',
  'desk.countsExplained':
    'Eingelassen / heute gültige Tickets. Stornierte und gesperrte Tickets und Tickets für andere Tage zählen nicht.',
};

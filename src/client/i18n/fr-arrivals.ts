import type { Catalog } from './locales';

/** French for the arrivals figures, their denominator and chart (en-pages-desk.ts). Spread into fr.ts. */
export const frArrivals: Catalog = {
  'arrivals.denominator': {
    one: 'Sur {count} billet valable le {day}.',
    other: 'Sur {count} billets valables le {day}.',
  },
  'arrivals.notCounted': 'Non comptés : {parts}.',
  'arrivals.notCounted.otherDays': {
    one: '{count} pour d’autres jours',
    other: '{count} pour d’autres jours',
  },
  'arrivals.notCounted.cancelled': { one: '{count} annulé', other: '{count} annulés' },
  'arrivals.notCounted.blocked': { one: '{count} bloqué', other: '{count} bloqués' },
  'arrivals.unknownCode': 'Code inconnu',
  'arrivals.axisCount': 'Entrées',
  'arrivals.chartDesc':
    'Barres par quart d’heure de {from} à {to}, la plus haute à {max}. Les mêmes chiffres figurent dans le tableau ci-dessous.',
  'desk.countsExplained':
    'Entrés / billets valables aujourd’hui. Les billets annulés, bloqués ou pour d’autres jours ne sont pas comptés.',
};

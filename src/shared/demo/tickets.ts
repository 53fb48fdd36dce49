import type { CheckInList, TicketStatus, TicketType } from '../contract';
import { toBase64url } from '../tickets/base64url';
import { stableCode } from '../text/codes';
import type { DemoEdition } from './types';

/**
 * Demo tickets: deterministic, invented holders (first and last names drawn from fixed
 * lists, example.org addresses), so the demo and its tests see the same world on every run.
 */
export interface DemoTicket {
  id: string;
  typeId: string;
  holderName: string;
  email: string;
  company: string | null;
  country: string | null;
  orderCode: string;
  status: TicketStatus;
  note: string | null;
  secret: string;
}

export interface DemoTicketing {
  ticketTypes: TicketType[];
  tickets: DemoTicket[];
  lists: CheckInList[];
}

const FIRST = [
  'Ada',
  'Bruno',
  'Chiara',
  'Dmitri',
  'Elif',
  'Femi',
  'Greta',
  'Hugo',
  'Ines',
  'Jonas',
  'Kaito',
  'Lena',
  'Mateo',
  'Nadia',
  'Oskar',
  'Priya',
  'Quentin',
  'Rosa',
  'Sven',
  'Tamsin',
  'Umar',
  'Vera',
  'Wim',
  'Xenia',
  'Yusuf',
  'Zofia',
  'Anouk',
  'Bastien',
  'Clara',
  'Dario',
  'Emeric',
  'Freya',
  'Gaspard',
  'Hanna',
  'Ivo',
  'Jule',
  'Karim',
  'Liv',
  'Milan',
  'Noor',
];
const LAST = [
  'Albrecht',
  'Bellamy',
  'Castell',
  'Dufresne',
  'Eriksen',
  'Falk',
  'Guerin',
  'Hollander',
  'Ivanova',
  'Jansen',
  'Kowalczyk',
  'Lindqvist',
  'Moreau',
  'Novak',
  'Ortega',
  'Petit',
  'Quist',
  'Rinaldi',
  'Schade',
  'Tanaka',
  'Urban',
  'Vogel',
  'Weber',
  'Yilmaz',
  'Zeller',
  'Aalto',
  'Bruckner',
  'Caron',
  'Dekker',
  'Esposito',
  'Fontaine',
  'Gruber',
  'Haas',
  'Iversen',
  'Jovanovic',
  'Keller',
  'Laurent',
  'Meyer',
  'Nilsson',
  'Olsen',
];
/** Twenty countries, as many as the reference event had. */
const COUNTRIES = [
  'DE',
  'FR',
  'GB',
  'NL',
  'CH',
  'AT',
  'BE',
  'IT',
  'ES',
  'PL',
  'SE',
  'DK',
  'FI',
  'NO',
  'CZ',
  'PT',
  'IE',
  'US',
  'CA',
  'IN',
];
const COMPANIES = [
  'Northwind Messaging',
  'Bluefin Health',
  'Civic Relay',
  'Harbour Systems',
  'Lumen Schools',
  'Quill Labs',
];
const NOTES = [
  'Wheelchair user: open the side gate',
  'Pre-ordered hoodie (size M): hand it over',
  'Foundation voucher: check the member card',
];

/** [slug, name, days (indexes into the conference days, empty = all), how many demo tickets] */
const TYPES: [string, string, 'all' | 'first' | 'last', number][] = [
  ['conference-pass', 'Conference pass', 'all', 150],
  ['barcamp-day', 'Barcamp day', 'first', 20],
  ['workshop-day', 'Workshop day', 'last', 25],
  ['business', 'Business', 'all', 35],
  ['speaker', 'Speaker', 'all', 40],
  ['volunteer', 'Volunteer', 'all', 20],
  ['sponsor', 'Sponsor', 'all', 10],
];

/** Deterministic pseudo-random bytes (xorshift seeded by a text), for stable demo ids. */
function demoBytes(seed: string, length: number): Uint8Array {
  let x = 0x9e3779b9;
  for (let i = 0; i < seed.length; i++) x = Math.imul(x ^ seed.charCodeAt(i), 0x01000193) >>> 0;
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

export function demoTicketing(edition: DemoEdition): DemoTicketing {
  const { slug, days } = edition.conference;
  const dates = days.map((d) => d.date);
  const ticketTypes: TicketType[] = TYPES.map(([typeSlug, name, span], i) => ({
    id: `${slug}.ticket-type.${typeSlug}`,
    number: i + 1,
    slug: typeSlug,
    name,
    validDays: span === 'all' ? dates : span === 'first' ? dates.slice(0, 1) : dates.slice(-1),
  }));

  const tickets: DemoTicket[] = [];
  TYPES.forEach(([, , , count], t) => {
    for (let k = 0; k < count; k++) {
      const i = tickets.length;
      const first = FIRST[(i * 7) % FIRST.length]!;
      const last = LAST[(i * 13 + Math.floor(i / FIRST.length)) % LAST.length]!;
      const type = ticketTypes[t]!;
      const companyFor = type.slug === 'business' || type.slug === 'sponsor' || i % 5 === 0;
      tickets.push({
        id: toBase64url(demoBytes(`${slug}:ticket:${i}`, 9)),
        typeId: type.id,
        holderName: `${first} ${last}`,
        email: `${first}.${last}.${i}@example.org`.toLowerCase(),
        company: companyFor ? COMPANIES[i % COMPANIES.length]! : null,
        country: i % 9 === 4 ? null : COUNTRIES[(i * 11) % COUNTRIES.length]!,
        // Pairs of tickets share an order, as when someone buys for a colleague.
        orderCode: stableCode(`${slug}:order:${Math.floor(i / 2)}`, 5),
        status: i % 97 === 50 ? 'cancelled' : i === 123 ? 'blocked' : 'valid',
        note: i % 61 === 30 ? NOTES[Math.floor(i / 61) % NOTES.length]! : null,
        secret: toBase64url(demoBytes(`${slug}:secret:${i}`, 32)),
      });
    }
  });

  const lists: CheckInList[] = [
    {
      id: `${slug}.check-in-list.main-entrance`,
      name: 'Main entrance',
      ticketTypeIds: [],
      days: [],
      countsExits: false,
      allowsReentry: false,
    },
  ];
  return { ticketTypes, tickets, lists };
}

import { describe, expect, it } from 'vitest';
import { verdictCodes, type Verdict } from '../contract';
import { admits, decideVerdict, type VerdictInput } from './verdict';

const PASS = 'type.pass';
const WORKSHOP = 'type.workshop';
const earlier = { at: '2025-10-16T08:12:00Z', deskId: 'desk-2', deskName: 'Desk 2' };

const base: VerdictInput = {
  ticket: { typeId: PASS, validDays: ['2025-10-16', '2025-10-17'], status: 'valid', note: null },
  keyRevoked: false,
  list: { ticketTypeIds: [PASS], days: [], allowsReentry: false },
  day: '2025-10-16',
  direction: 'entry',
  latest: null,
};

const plain = (code: Verdict['code']): Verdict => ({ code, previous: null, note: null });
type Row = [string, Partial<VerdictInput>, Verdict];

// One row per reason, plus the rules that decide between them.
const rows: Row[] = [
  ['a valid ticket on a valid day', {}, plain('ok')],
  [
    'a ticket admitted before',
    { latest: { ...earlier, exitedAt: null } },
    { code: 'already_checked_in', previous: earlier, note: null },
  ],
  ['a code that did not verify', { ticket: null }, plain('unknown_or_forged')],
  [
    'a type the list does not admit',
    { list: { ...base.list, ticketTypeIds: [WORKSHOP] } },
    plain('wrong_ticket_type'),
  ],
  ['a list that admits every type', { list: { ...base.list, ticketTypeIds: [] } }, plain('ok')],
  [
    'a day between valid days',
    { ticket: { ...base.ticket!, validDays: ['2025-10-15', '2025-10-17'] } },
    plain('wrong_day'),
  ],
  ['a day the list does not admit', { list: { ...base.list, days: ['2025-10-17'] } }, plain('wrong_day')],
  ['a day before the first valid day', { day: '2025-10-15' }, plain('not_valid_yet')],
  ['a day after the last valid day', { day: '2025-10-18' }, plain('expired')],
  ['a cancelled ticket', { ticket: { ...base.ticket!, status: 'cancelled' } }, plain('cancelled')],
  ['a code signed by a revoked key', { keyRevoked: true }, plain('revoked')],
  ['a blocked ticket', { ticket: { ...base.ticket!, status: 'blocked' } }, plain('blocked')],
  [
    'a ticket with a note',
    { ticket: { ...base.ticket!, note: 'Wheelchair user: open the side gate' } },
    { code: 'needs_attention', previous: null, note: 'Wheelchair user: open the side gate' },
  ],
  // Precedence: the strongest refusal wins, and a note never hides a refusal.
  [
    'a cancelled ticket on the wrong list',
    { ticket: { ...base.ticket!, status: 'cancelled' }, list: { ...base.list, ticketTypeIds: [WORKSHOP] } },
    plain('cancelled'),
  ],
  [
    'a blocked ticket with a note',
    { ticket: { ...base.ticket!, status: 'blocked', note: 'call security' } },
    plain('blocked'),
  ],
  [
    'a revoked key on a cancelled ticket',
    { keyRevoked: true, ticket: { ...base.ticket!, status: 'cancelled' } },
    plain('revoked'),
  ],
  [
    'a noted ticket admitted before',
    { ticket: { ...base.ticket!, note: 'VIP' }, latest: { ...earlier, exitedAt: null } },
    { code: 'already_checked_in', previous: earlier, note: null },
  ],
  // Re-entry.
  [
    'a ticket that left, on a list without re-entry',
    { latest: { ...earlier, exitedAt: '2025-10-16T09:00:00Z' } },
    { code: 'already_checked_in', previous: earlier, note: null },
  ],
  [
    'a ticket that left, on a list with re-entry',
    { latest: { ...earlier, exitedAt: '2025-10-16T09:00:00Z' }, list: { ...base.list, allowsReentry: true } },
    plain('ok'),
  ],
  [
    'a ticket still inside, on a list with re-entry',
    { latest: { ...earlier, exitedAt: null }, list: { ...base.list, allowsReentry: true } },
    { code: 'already_checked_in', previous: earlier, note: null },
  ],
  // Exits: nobody is kept inside, but a forged code is still named.
  [
    'an exit of a cancelled ticket',
    { direction: 'exit', ticket: { ...base.ticket!, status: 'cancelled' } },
    plain('ok'),
  ],
  ['an exit with a forged code', { direction: 'exit', ticket: null }, plain('unknown_or_forged')],
];

describe('decideVerdict', () => {
  it.each(rows)('%s', (_name, change, expected) => {
    expect(decideVerdict({ ...base, ...change })).toEqual(expected);
  });

  it('has a row for every verdict code', () => {
    const covered = new Set(rows.map(([, , v]) => v.code));
    expect([...verdictCodes].filter((c) => !covered.has(c))).toEqual([]);
  });

  it.each(verdictCodes.map((c) => [c, c === 'ok' || c === 'needs_attention']))(
    '%s admits: %s',
    (code, yes) => {
      expect(admits(code)).toBe(yes);
    },
  );
});

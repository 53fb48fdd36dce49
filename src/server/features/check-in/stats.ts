import type { Kysely } from 'kysely';
import { verdictCodes, type CheckInStats } from '@shared/contract';
import { admits } from '@shared/tickets';
import { conferenceDayBounds, toInstant, type Clock } from '@shared/time';
import { readJson, stringList } from '../../db/json-column';
import type { ConferenceRow, Database } from '../../db/schema';
import { findTicketTypeRows } from '../tickets';

const FAILED = verdictCodes.filter((c) => !admits(c));
const key = (typeId: string, country: string | null) => `${typeId}\u0000${country ?? ''}`;

/**
 * Arrival figures for the desks and the dashboard: checked in / expected for the event and
 * per list, by ticket type and country, failed scans and conflicts, for one day or in all.
 */
export async function checkInStats(
  db: Kysely<Database>,
  clock: Clock,
  conference: ConferenceRow,
  day?: string,
): Promise<CheckInStats> {
  const asOf = toInstant(clock());
  const bounds = day ? conferenceDayBounds(day, conference.time_zone) : undefined;
  const cid = conference.id;

  let admitted = db
    .selectFrom('admissions as a')
    .innerJoin('tickets as t', 't.id', 'a.ticket_id')
    .select(['t.type_id', 't.country', (eb) => eb.fn.count<number>('a.ticket_id').distinct().as('n')])
    .where('t.conference_id', '=', cid)
    .groupBy(['t.type_id', 't.country']);
  let perList = db
    .selectFrom('admissions as a')
    .innerJoin('check_in_lists as l', 'l.id', 'a.list_id')
    .select([
      'a.list_id',
      (eb) => eb.fn.count<number>('a.ticket_id').distinct().as('n'),
      (eb) => eb.fn.sum<number>(eb.case().when('a.exited_at', 'is', null).then(1).else(0).end()).as('inside'),
    ])
    .where('l.conference_id', '=', cid)
    .groupBy('a.list_id');
  let scans = db
    .selectFrom('scans')
    .select([
      (eb) => eb.fn.sum<number>(eb.case().when('verdict', 'in', FAILED).then(1).else(0).end()).as('failed'),
      (eb) => eb.fn.sum<number>('conflict').as('conflicts'),
    ])
    .where('conference_id', '=', cid);
  if (day && bounds) {
    admitted = admitted.where('a.day', '=', day);
    perList = perList.where('a.day', '=', day);
    scans = scans
      .where('scanned_at', '>=', toInstant(bounds.start))
      .where('scanned_at', '<', toInstant(bounds.end));
  }

  const [typeRows, lists, valid, unusable, admittedRows, listRows, scanRow] = await Promise.all([
    findTicketTypeRows(db, cid),
    db
      .selectFrom('check_in_lists')
      .selectAll()
      .where('conference_id', '=', cid)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('tickets')
      .select(['type_id', 'country', (eb) => eb.fn.countAll<number>().as('n')])
      .where('conference_id', '=', cid)
      .where('status', '=', 'valid')
      .groupBy(['type_id', 'country'])
      .execute(),
    db
      .selectFrom('tickets')
      .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
      .where('conference_id', '=', cid)
      .where('status', '!=', 'valid')
      .groupBy('status')
      .execute(),
    admitted.execute(),
    perList.execute(),
    scans.executeTakeFirst(),
  ]);

  const typeDays = new Map(
    typeRows.map((t) => [t.id, readJson(t.valid_days, stringList, 'ticket_types.valid_days')]),
  );
  const validOn = (typeId: string, listDays: string[]) => {
    const days = typeDays.get(typeId) ?? [];
    const open = (d: string) => listDays.length === 0 || listDays.includes(d);
    return day ? days.includes(day) && open(day) : days.some(open);
  };

  const expectedBy = new Map<string, number>();
  let otherDays = 0;
  for (const v of valid) {
    if (validOn(v.type_id, [])) expectedBy.set(key(v.type_id, v.country), Number(v.n));
    else otherDays += Number(v.n);
  }
  const withStatus = (status: string) => Number(unusable.find((r) => r.status === status)?.n ?? 0);
  const checkedBy = new Map(admittedRows.map((r) => [key(r.type_id, r.country), Number(r.n)]));
  const sum = (m: Map<string, number>, match: (typeId: string, country: string) => boolean) =>
    [...m].reduce((total, [k, n]) => {
      const [typeId, country] = k.split('\u0000') as [string, string];
      return match(typeId, country) ? total + n : total;
    }, 0);
  const all = () => true;

  const countries = [
    ...new Set([...expectedBy.keys(), ...checkedBy.keys()].map((k) => k.split('\u0000')[1]!)),
  ].sort();
  const listTallies = new Map(listRows.map((r) => [r.list_id, r]));
  return {
    day: day ?? null,
    conference: { checkedIn: sum(checkedBy, all), expected: sum(expectedBy, all) },
    notExpected: { otherDays, cancelled: withStatus('cancelled'), blocked: withStatus('blocked') },
    lists: lists.map((l) => {
      const types = readJson(l.ticket_type_ids, stringList, 'check_in_lists.ticket_type_ids');
      const listDays = readJson(l.days, stringList, 'check_in_lists.days');
      const tally = listTallies.get(l.id);
      let expected = 0;
      for (const v of valid) {
        if ((types.length === 0 || types.includes(v.type_id)) && validOn(v.type_id, listDays))
          expected += Number(v.n);
      }
      return {
        listId: l.id,
        name: l.name,
        checkedIn: Number(tally?.n ?? 0),
        expected,
        inside: l.counts_exits === 1 ? Number(tally?.inside ?? 0) : null,
      };
    }),
    byTicketType: typeRows.map((t) => ({
      typeId: t.id,
      name: t.name,
      checkedIn: sum(checkedBy, (typeId) => typeId === t.id),
      expected: sum(expectedBy, (typeId) => typeId === t.id),
    })),
    byCountry: countries.map((c) => ({
      country: c === '' ? null : c,
      checkedIn: sum(checkedBy, (_t, country) => country === c),
      expected: sum(expectedBy, (_t, country) => country === c),
    })),
    failedScans: Number(scanRow?.failed ?? 0),
    conflicts: Number(scanRow?.conflicts ?? 0),
    asOf,
  };
}

import type { Kysely } from 'kysely';
import { ARRIVAL_BUCKET_MINUTES, type ArrivalSeries } from '@shared/contract';
import { arrivalBuckets } from '@shared/check-in/arrival-buckets';
import { conferenceDayOf, type Clock } from '@shared/time';
import type { ConferenceRow, Database } from '../../db/schema';
import { findListRows } from './repository';

/** Today during the event, else the latest day anyone was admitted, else the first day. */
async function chooseDay(
  db: Kysely<Database>,
  clock: Clock,
  conference: ConferenceRow,
  days: string[],
): Promise<string> {
  const today = conferenceDayOf(clock(), conference.time_zone);
  if (days.includes(today)) return today;
  const latest = await db
    .selectFrom('admissions as a')
    .innerJoin('check_in_lists as l', 'l.id', 'a.list_id')
    .select((eb) => eb.fn.max('a.day').as('day'))
    .where('l.conference_id', '=', conference.id)
    .executeTakeFirst();
  return (latest?.day as string | null | undefined) ?? days[0] ?? today;
}

/** Admissions of one conference day per 15 minutes of local time and per check-in list. */
export async function arrivalSeries(
  db: Kysely<Database>,
  clock: Clock,
  conference: ConferenceRow,
  requestedDay?: string,
): Promise<ArrivalSeries> {
  const [dayRows, lists] = await Promise.all([
    db
      .selectFrom('conference_days')
      .select('date')
      .where('conference_id', '=', conference.id)
      .orderBy('date')
      .execute(),
    findListRows(db, conference.id),
  ]);
  const days = dayRows.map((d) => d.date);
  const day = requestedDay ?? (await chooseDay(db, clock, conference, days));
  const rows = await db
    .selectFrom('admissions as a')
    .innerJoin('check_in_lists as l', 'l.id', 'a.list_id')
    .select(['a.list_id as listId', 'a.admitted_at as at'])
    .where('l.conference_id', '=', conference.id)
    .where('a.day', '=', day)
    .execute();
  return {
    day,
    days,
    bucketMinutes: ARRIVAL_BUCKET_MINUTES,
    lists: lists.map((l) => ({ listId: l.id, name: l.name })),
    buckets: arrivalBuckets(
      rows,
      lists.map((l) => l.id),
      day,
      conference.time_zone,
    ),
    total: rows.length,
  };
}

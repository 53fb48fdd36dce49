import type { Kysely } from 'kysely';
import { toInstant, type Clock } from '@shared/time';
import type { ConferenceRow, Database } from '../../db/schema';
import { HttpProblem } from '../../http/problem';
import { escapeText, utcDateTime, writeICalendar, type IcsComponent, type IcsProperty } from '../exports';
import { newSecret } from '../invites';

/**
 * A volunteer's personal calendar: a secret address per volunteer and edition that calendar
 * apps subscribe to. Making a new address ends the old one (e.g. after sharing it by mistake).
 */

/** Reminders before each shift, in minutes. */
export const FEED_REMINDERS = [60, 15] as const;

export async function getFeedToken(
  db: Kysely<Database>,
  conference: ConferenceRow,
  userId: string,
): Promise<string | null> {
  const row = await db
    .selectFrom('volunteer_feeds')
    .select('token')
    .where('conference_id', '=', conference.id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.token ?? null;
}

export async function renewFeedToken(
  db: Kysely<Database>,
  clock: Clock,
  conference: ConferenceRow,
  userId: string,
): Promise<string> {
  const token = newSecret(24);
  const now = toInstant(clock());
  await db
    .insertInto('volunteer_feeds')
    .values({ conference_id: conference.id, user_id: userId, token, created_at: now })
    .onConflict((oc) => oc.columns(['conference_id', 'user_id']).doUpdateSet({ token, created_at: now }))
    .execute();
  return token;
}

const text = (name: string, value: string): IcsProperty => ({ name, value: escapeText(value) });

function alarm(minutes: number, summary: string): IcsComponent {
  return {
    name: 'VALARM',
    properties: [
      { name: 'ACTION', value: 'DISPLAY' },
      { name: 'TRIGGER', value: `-PT${minutes}M` },
      text('DESCRIPTION', summary),
    ],
  };
}

/** The calendar behind a feed token; 404 for an unknown or replaced one. */
export async function feedCalendar(
  db: Kysely<Database>,
  conference: ConferenceRow,
  token: string,
  version: string,
): Promise<string> {
  const feed = await db
    .selectFrom('volunteer_feeds as f')
    .innerJoin('users as u', 'u.id', 'f.user_id')
    .select(['f.user_id', 'f.created_at', 'u.name'])
    .where('f.conference_id', '=', conference.id)
    .where('f.token', '=', token)
    .executeTakeFirst();
  if (!feed) throw new HttpProblem('feed_not_found', 'This calendar address is unknown or was replaced.');
  const rows = await db
    .selectFrom('shift_signups as g')
    .innerJoin('shifts as s', 's.id', 'g.shift_id')
    .innerJoin('volunteer_roles as r', 'r.id', 's.role_id')
    .leftJoin('users as c', 'c.id', 'r.coordinator_user_id')
    .select([
      's.id',
      's.place',
      's.starts_at',
      's.ends_at',
      's.description',
      's.created_at',
      'g.status',
      'r.name as role_name',
      'r.coordinator_contact',
      'c.name as coordinator_name',
    ])
    .where('s.conference_id', '=', conference.id)
    .where('g.user_id', '=', feed.user_id)
    // A place in line is not a shift to turn up for.
    .where('g.status', '!=', 'waiting')
    .orderBy('s.starts_at')
    .execute();

  const events: IcsComponent[] = rows.map((r) => {
    const summary = `${r.role_name} · ${r.place}`;
    const coordinator = [r.coordinator_name, r.coordinator_contact].filter(Boolean).join(' · ');
    const description = [
      r.description,
      `Place: ${r.place}`,
      coordinator ? `Coordinator: ${coordinator}` : '',
      r.status === 'offered-for-handover'
        ? 'You offered this shift for hand-over; it is yours until someone takes it.'
        : '',
    ]
      .filter(Boolean)
      .join('\n');
    return {
      name: 'VEVENT',
      properties: [
        { name: 'UID', value: `${r.id}.${feed.user_id}@lanyard` },
        { name: 'DTSTAMP', value: utcDateTime(r.created_at) },
        { name: 'DTSTART', value: utcDateTime(r.starts_at) },
        { name: 'DTEND', value: utcDateTime(r.ends_at) },
        text('SUMMARY', summary),
        text('LOCATION', r.place),
        text('DESCRIPTION', description),
        { name: 'STATUS', value: 'CONFIRMED' },
      ],
      components: FEED_REMINDERS.map((m) => alarm(m, summary)),
    };
  });

  return writeICalendar({
    name: 'VCALENDAR',
    properties: [
      { name: 'PRODID', value: `-//Lanyard//Lanyard ${escapeText(version)}//EN` },
      { name: 'VERSION', value: '2.0' },
      { name: 'CALSCALE', value: 'GREGORIAN' },
      { name: 'METHOD', value: 'PUBLISH' },
      text('X-WR-CALNAME', `${conference.name}: my shifts`),
      text('X-WR-TIMEZONE', conference.time_zone),
      // Shifts move and change hands during the event: ask apps to look often.
      { name: 'REFRESH-INTERVAL;VALUE=DURATION', value: 'PT15M' },
      { name: 'X-PUBLISHED-TTL', value: 'PT15M' },
    ],
    components: events,
  });
}

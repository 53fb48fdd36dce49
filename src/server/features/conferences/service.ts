import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Conference, ConferenceSummary, CreateConference } from '@shared/contract';
import { addDays, daysBetween, toInstant, type Clock } from '@shared/time';
import { readJson, stringList } from '../../db/json-column';
import type { ConferenceRow, Database } from '../../db/schema';
import { HttpProblem } from '../../http/problem';
import { recordAudit } from '../audit';
import { isUniqueViolation } from '../auth';
import { copyEditionParts } from './copy-edition';
import * as repo from './repository';

function toSummary(row: ConferenceRow): ConferenceSummary {
  return {
    slug: row.slug,
    name: row.name,
    timeZone: row.time_zone,
    startDate: row.start_date,
    endDate: row.end_date,
    venueName: row.venue_name,
    scheduleVersion: row.schedule_version,
  };
}

export async function listConferences(db: Kysely<Database>): Promise<ConferenceSummary[]> {
  return (await repo.listConferenceRows(db)).map(toSummary);
}

/** The conference row for a path's :slug, or a 404 problem every feature can rely on. */
export async function requireConference(db: Kysely<Database>, slug: string): Promise<ConferenceRow> {
  const row = await repo.findConferenceRow(db, slug);
  if (!row) throw new HttpProblem('conference_not_found', `There is no conference "${slug}".`);
  return row;
}

export async function getConference(db: Kysely<Database>, slug: string): Promise<Conference> {
  const row = await requireConference(db, slug);
  const [days, rooms, tracks, sessionTypes] = await Promise.all([
    repo.listDayRows(db, row.id),
    repo.listRoomRows(db, row.id),
    repo.listTrackRows(db, row.id),
    repo.listSessionTypes(db, row.id),
  ]);
  return {
    ...toSummary(row),
    venue: {
      name: row.venue_name,
      address: row.venue_address,
      directions: readJson(row.venue_directions, stringList, 'conferences.venue_directions'),
    },
    days: days.map((d) => ({
      date: d.date,
      label: d.label,
      opensAt: d.opens_at,
      closesAt: d.closes_at,
      note: d.note,
    })),
    rooms: rooms.map((r) => ({
      id: r.id,
      slug: r.slug,
      name: r.name,
      position: r.position,
      liveStreamUrl: r.live_stream_url,
    })),
    tracks: tracks.map((t) => ({ id: t.id, slug: t.slug, name: t.name, color: t.color })),
    sessionTypes,
  };
}

/** Creates an edition (days, and whatever it copies from a previous one) and records who did it. */
export async function createConference(
  db: Kysely<Database>,
  clock: Clock,
  userId: string,
  input: CreateConference,
): Promise<Conference> {
  const now = toInstant(clock());
  const days = Array.from({ length: daysBetween(input.startDate, input.endDate) + 1 }, (_, i) => ({
    date: addDays(input.startDate, i),
    label: `Day ${i + 1}`,
  }));
  const id = randomUUID();
  const { copyFrom, copy, ...fields } = input;
  const source = copyFrom ? await repo.findConferenceRow(db, copyFrom) : undefined;
  if (copyFrom && !source) {
    throw new HttpProblem('copy_source_not_found', `There is no edition "${copyFrom}" to copy from.`, {
      copyFrom: ['Choose an existing edition.'],
    });
  }
  try {
    await db.transaction().execute(async (trx) => {
      await repo.insertConference(trx, { id, ...fields, createdAt: now, days });
      const copied = source
        ? await copyEditionParts(trx, source, { id, days: days.map((d) => d.date), now }, copy)
        : undefined;
      await recordAudit(trx, {
        conferenceId: id,
        userId,
        action: 'conference.created',
        subject: input.slug,
        ...(source ? { detail: { copiedFrom: source.slug, copied } } : {}),
        at: now,
      });
    });
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw new HttpProblem('conference_slug_taken', `There is already a conference "${input.slug}".`);
    }
    throw err;
  }
  return getConference(db, input.slug);
}

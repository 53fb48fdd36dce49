import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { MAX_VALID_DAYS_SPAN, type EditionCopyPart } from '@shared/contract';
import { readJson, stringList, writeJson } from '../../db/json-column';
import type { ConferenceRow, Database, Json } from '../../db/schema';

type Trx = Transaction<Database>;

export interface CopyTarget {
  id: string;
  /** The new edition's days in order; ticket types keep their day numbers. */
  days: string[];
  now: string;
}

/**
 * Copies the chosen parts of `source` into the new edition, inside the creating transaction.
 * Rows are copied whole (every column, also ones added later) with fresh ids; only references
 * between copied rows are remapped. Sessions, speakers, tickets, check-in lists, shifts and
 * members never come along: they belong to one edition.
 */
export async function copyEditionParts(
  trx: Trx,
  source: ConferenceRow,
  target: CopyTarget,
  parts: readonly EditionCopyPart[],
): Promise<Partial<Record<EditionCopyPart, number>>> {
  const counts: Partial<Record<EditionCopyPart, number>> = {};
  const has = (p: EditionCopyPart) => parts.includes(p);
  const retarget = <R extends { id: string; conference_id: string }>(row: R): R => ({
    ...row,
    id: randomUUID(),
    conference_id: target.id,
  });

  if (has('rooms')) {
    const rows = await trx.selectFrom('rooms').selectAll().where('conference_id', '=', source.id).execute();
    for (const row of rows) await trx.insertInto('rooms').values(retarget(row)).execute();
    counts.rooms = rows.length;
  }
  if (has('tracks')) {
    const rows = await trx.selectFrom('tracks').selectAll().where('conference_id', '=', source.id).execute();
    for (const row of rows) await trx.insertInto('tracks').values(retarget(row)).execute();
    counts.tracks = rows.length;
  }
  if (has('sponsorTiers')) {
    const tierIds = new Map<string, string>();
    const tiers = await trx
      .selectFrom('sponsor_tiers')
      .selectAll()
      .where('conference_id', '=', source.id)
      .execute();
    for (const row of tiers) {
      const copy = retarget(row);
      tierIds.set(row.id, copy.id);
      await trx.insertInto('sponsor_tiers').values(copy).execute();
    }
    counts.sponsorTiers = tiers.length;
    if (has('sponsors')) {
      const sponsors = await trx
        .selectFrom('sponsors')
        .selectAll()
        .where('conference_id', '=', source.id)
        .execute();
      for (const row of sponsors) {
        const copy = { ...retarget(row), tier_id: tierIds.get(row.tier_id)! };
        await trx.insertInto('sponsors').values(copy).execute();
        const logo = await trx
          .selectFrom('sponsor_logos')
          .selectAll()
          .where('sponsor_id', '=', row.id)
          .executeTakeFirst();
        if (logo) {
          await trx
            .insertInto('sponsor_logos')
            .values({ ...logo, sponsor_id: copy.id })
            .execute();
        }
      }
      counts.sponsors = sponsors.length;
    }
  }
  if (has('volunteerRoles')) {
    const rows = await trx
      .selectFrom('volunteer_roles')
      .selectAll()
      .where('conference_id', '=', source.id)
      .execute();
    for (const row of rows) {
      await trx
        .insertInto('volunteer_roles')
        .values({ ...retarget(row), created_at: target.now })
        .execute();
    }
    counts.volunteerRoles = rows.length;
  }
  if (has('ticketTypes')) {
    const sourceDays = (
      await trx
        .selectFrom('conference_days')
        .select('date')
        .where('conference_id', '=', source.id)
        .orderBy('date')
        .execute()
    ).map((d) => d.date);
    const rows = await trx
      .selectFrom('ticket_types')
      .selectAll()
      .where('conference_id', '=', source.id)
      .execute();
    for (const row of rows) {
      await trx
        .insertInto('ticket_types')
        .values({
          ...retarget(row),
          valid_days: writeJson(mapDays(row.valid_days, sourceDays, target.days)),
        })
        .execute();
    }
    counts.ticketTypes = rows.length;
  }
  return counts;
}

/**
 * "Day 2 only" stays day 2 of the new edition. A type valid only on days the new edition does
 * not have (it is shorter) becomes valid on all of its days, for the organizer to narrow down.
 */
function mapDays(validDays: Json<string[]>, sourceDays: string[], targetDays: string[]): string[] {
  const mapped = readJson(validDays, stringList, 'ticket_types.valid_days')
    .map((date) => targetDays[sourceDays.indexOf(date)])
    .filter((d): d is string => d !== undefined);
  return mapped.length > 0 ? mapped : targetDays.slice(0, MAX_VALID_DAYS_SPAN);
}

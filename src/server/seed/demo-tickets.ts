import type { Kysely } from 'kysely';
import type { DemoEdition } from '@shared/demo';
import { demoTicketing } from '@shared/demo/tickets';
import { addDays, toInstant, type Clock } from '@shared/time';
import { writeJson } from '../db/json-column';
import type { Database } from '../db/schema';
import { ensureSigningKey } from '../features/tickets';

/**
 * Ticket types, about 300 invented ticket holders, the "Main entrance" list and a signing key
 * for the flagship edition, in one transaction. The key is random, never derived from
 * public data, so a demo database promoted to real use does not sign forgeable tickets.
 */
export async function seedDemoTickets(
  db: Kysely<Database>,
  edition: DemoEdition,
  clock: Clock,
): Promise<void> {
  const conferenceId = `conf.${edition.conference.slug}`;
  const { ticketTypes, tickets, lists } = demoTicketing(edition);
  // Tickets were sold in the weeks before the event.
  const soldAt = `${addDays(edition.conference.days[0]!.date, -14)}T12:00:00Z`;
  const now = toInstant(clock());
  const issued = soldAt < now ? soldAt : now;
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('ticket_types')
      .values(
        ticketTypes.map((t) => ({
          id: t.id,
          conference_id: conferenceId,
          number: t.number,
          slug: t.slug,
          name: t.name,
          valid_days: writeJson(t.validDays),
        })),
      )
      .execute();
    for (let i = 0; i < tickets.length; i += 200) {
      await trx
        .insertInto('tickets')
        .values(
          tickets.slice(i, i + 200).map((t) => ({
            id: t.id,
            conference_id: conferenceId,
            type_id: t.typeId,
            holder_name: t.holderName,
            email: t.email,
            company: t.company,
            country: t.country,
            order_code: t.orderCode,
            status: t.status,
            note: t.note,
            secret: t.secret,
            changed_at: issued,
            created_at: issued,
          })),
        )
        .execute();
    }
    await trx
      .insertInto('check_in_lists')
      .values(
        lists.map((l) => ({
          id: l.id,
          conference_id: conferenceId,
          name: l.name,
          ticket_type_ids: writeJson(l.ticketTypeIds),
          days: writeJson(l.days),
          counts_exits: l.countsExits ? 1 : 0,
          allows_reentry: l.allowsReentry ? 1 : 0,
          created_at: issued,
        })),
      )
      .execute();
  });
  await ensureSigningKey(db, clock, conferenceId);
}

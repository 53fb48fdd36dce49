import type { Kysely } from 'kysely';
import { ticketStatuses, type DeskTicketIndex, type DeskTicketRow } from '@shared/contract';
import { toInstant, type Clock } from '@shared/time';
import type { Database } from '../../db/schema';

/**
 * Every ticket of the conference as compact rows, for a desk's offline search. Types and
 * statuses are indexes into short arrays: a type id repeated 10,000 times would double the size.
 */
export async function deskTicketIndex(
  db: Kysely<Database>,
  clock: Clock,
  conferenceId: string,
): Promise<DeskTicketIndex> {
  const rows = await db
    .selectFrom('tickets')
    .select(['id', 'holder_name', 'email', 'order_code', 'type_id', 'status', 'note'])
    .where('conference_id', '=', conferenceId)
    .orderBy('holder_name')
    .orderBy('id')
    .execute();
  const types: string[] = [];
  const typeIndex = new Map<string, number>();
  const statuses = [...ticketStatuses];
  const out: DeskTicketRow[] = rows.map((r) => {
    let type = typeIndex.get(r.type_id);
    if (type === undefined) {
      type = types.push(r.type_id) - 1;
      typeIndex.set(r.type_id, type);
    }
    const status = Math.max(0, statuses.indexOf(r.status));
    return [r.id, r.holder_name, r.email, r.order_code, type, status, r.note ?? ''];
  });
  return { types, statuses, rows: out, asOf: toInstant(clock()) };
}

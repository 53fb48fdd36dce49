import { sql, type Insertable, type Kysely, type Transaction } from 'kysely';
import type { TicketSortDirection, TicketSortKey } from '@shared/contract';
import type { Database, TicketsTable, TicketTypesTable } from '../../db/schema';
import { containsText } from '../../db/contains';
import { writeJson } from '../../db/json-column';

type Db = Kysely<Database> | Transaction<Database>;

export function findTicketTypeRows(db: Db, conferenceId: string) {
  return db
    .selectFrom('ticket_types')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .orderBy('number')
    .execute();
}

export async function insertTicketType(db: Db, row: Insertable<TicketTypesTable>): Promise<void> {
  await db.insertInto('ticket_types').values(row).execute();
}

export async function updateTicketType(
  db: Db,
  conferenceId: string,
  id: string,
  changes: Pick<TicketTypesTable, 'name' | 'valid_days'>,
): Promise<boolean> {
  const result = await db
    .updateTable('ticket_types')
    .set(changes)
    .where('conference_id', '=', conferenceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Deletes a type no ticket has; false when one does (or the type does not exist). */
export async function deleteTicketTypeWithoutTickets(
  db: Db,
  conferenceId: string,
  id: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom('ticket_types')
    .where('conference_id', '=', conferenceId)
    .where('id', '=', id)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('tickets').select('id').where('type_id', '=', id))))
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export async function countTicketsOfType(db: Db, conferenceId: string, typeId: string): Promise<number> {
  const row = await db
    .selectFrom('tickets')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('conference_id', '=', conferenceId)
    .where('type_id', '=', typeId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function findCheckInListRows(db: Db, conferenceId: string) {
  return db
    .selectFrom('check_in_lists')
    .select(['id', 'name', 'ticket_type_ids'])
    .where('conference_id', '=', conferenceId)
    .orderBy('name')
    .execute();
}

export async function setCheckInListTypes(db: Db, id: string, ticketTypeIds: string[]): Promise<void> {
  await db
    .updateTable('check_in_lists')
    .set({ ticket_type_ids: writeJson(ticketTypeIds) })
    .where('id', '=', id)
    .execute();
}

export async function nextTicketTypeNumber(db: Db, conferenceId: string): Promise<number> {
  const row = await db
    .selectFrom('ticket_types')
    .select((eb) => eb.fn.max('number').as('n'))
    .where('conference_id', '=', conferenceId)
    .executeTakeFirst();
  return Number(row?.n ?? 0) + 1;
}

export async function insertTickets(db: Db, rows: Insertable<TicketsTable>[]): Promise<void> {
  // Chunks keep each statement under SQLite's bound-parameter limit.
  for (let i = 0; i < rows.length; i += 200) {
    await db
      .insertInto('tickets')
      .values(rows.slice(i, i + 200))
      .execute();
  }
}

export interface TicketQuery {
  conferenceId: string;
  text?: string;
  status?: TicketsTable['status'];
  id?: string;
  /** Several tickets by id (at most 500: one bound parameter each). */
  ids?: readonly string[];
  secret?: string;
  limit?: number;
  offset?: number;
  sort?: TicketSortKey;
  dir?: TicketSortDirection;
}

function ticketQuery(db: Db, q: TicketQuery) {
  let query = db.selectFrom('tickets as t').where('t.conference_id', '=', q.conferenceId);
  if (q.id) query = query.where('t.id', '=', q.id);
  if (q.ids) query = query.where('t.id', 'in', q.ids.length > 0 ? [...q.ids] : ['']);
  if (q.secret) query = query.where('t.secret', '=', q.secret);
  if (q.status) query = query.where('t.status', '=', q.status);
  if (q.text) {
    const text = q.text;
    query = query.where((eb) =>
      eb.or([
        containsText('t.holder_name', text),
        containsText('t.email', text),
        containsText('t.order_code', text),
        eb('t.id', '=', text),
      ]),
    );
  }
  return query;
}

/** Tickets with their first admission; sorted by a column, then by name and id so pages never overlap. */
export function findTicketRows(db: Db, q: TicketQuery) {
  const dir = q.dir ?? 'asc';
  // Postgres orders by an output alias only when bare, so the sort repeats the subquery.
  const firstAdmission = sql<
    string | null
  >`(select min(a.admitted_at) from admissions a where a.ticket_id = t.id)`;
  const query = ticketQuery(db, q)
    .innerJoin('ticket_types as y', 'y.id', 't.type_id')
    .selectAll('t')
    .select(firstAdmission.as('checked_in_at'));
  const sorted =
    q.sort === 'email'
      ? query.orderBy('t.email', dir)
      : q.sort === 'type'
        ? query.orderBy('y.name', dir)
        : q.sort === 'status'
          ? query.orderBy('t.status', dir)
          : q.sort === 'checkedIn'
            ? // Not yet arrived sorts after everyone who did, whichever the direction.
              query
                .orderBy(sql`case when ${firstAdmission} is null then 1 else 0 end`)
                .orderBy(firstAdmission, dir)
            : query;
  return sorted
    .orderBy('t.holder_name', q.sort === 'holder' ? dir : 'asc')
    .orderBy('t.id')
    .limit(q.limit ?? 1)
    .offset(q.offset ?? 0)
    .execute();
}

export async function countTicketRows(db: Db, q: TicketQuery): Promise<number> {
  const row = await ticketQuery(db, q)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A ticket with what a desk needs to judge it. */
export function findTicketForScan(db: Db, conferenceId: string, id: string) {
  return db
    .selectFrom('tickets as t')
    .innerJoin('ticket_types as y', 'y.id', 't.type_id')
    .select([
      't.id',
      't.holder_name',
      't.company',
      't.status',
      't.note',
      't.type_id',
      'y.name as type_name',
      'y.valid_days',
    ])
    .where('t.conference_id', '=', conferenceId)
    .where('t.id', '=', id)
    .executeTakeFirst();
}

export async function updateTicket(
  db: Db,
  conferenceId: string,
  id: string,
  changes: Partial<Pick<TicketsTable, 'status' | 'note' | 'type_id'>> & Pick<TicketsTable, 'changed_at'>,
): Promise<boolean> {
  const result = await db
    .updateTable('tickets')
    .set(changes)
    .where('conference_id', '=', conferenceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Keys of existing tickets, to count which import rows were imported before. */
export function findTicketIdentities(db: Db, conferenceId: string, orderCodes: string[]) {
  if (orderCodes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('tickets')
    .select(['order_code', 'email', 'holder_name', 'type_id'])
    .where('conference_id', '=', conferenceId)
    .where('order_code', 'in', orderCodes)
    .execute();
}

/** Tickets a desk must not admit on signature alone, or all changes since an instant. */
export function findWatchRows(db: Db, conferenceId: string, since?: string) {
  let query = db
    .selectFrom('tickets')
    .select(['id', 'status', 'note', 'changed_at'])
    .where('conference_id', '=', conferenceId);
  query = since
    ? query.where('changed_at', '>=', since)
    : query.where((eb) => eb.or([eb('status', '!=', 'valid'), eb('note', 'is not', null)]));
  return query.orderBy('changed_at').orderBy('id').execute();
}

export function findKeyRows(db: Db, conferenceId: string) {
  return db
    .selectFrom('ticket_signing_keys')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .orderBy('key_id')
    .execute();
}

/** Inserts a key unless another request inserted that key id first; true when this one did. */
export async function insertKeyIfAbsent(
  db: Db,
  row: { conference_id: string; key_id: number; public_key: string; private_key: string; created_at: string },
): Promise<boolean> {
  const result = await db
    .insertInto('ticket_signing_keys')
    .values({ ...row, revoked_at: null })
    .onConflict((oc) => oc.columns(['conference_id', 'key_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function revokeKey(db: Db, conferenceId: string, keyId: number, at: string): Promise<void> {
  await db
    .updateTable('ticket_signing_keys')
    .set({ revoked_at: at })
    .where('conference_id', '=', conferenceId)
    .where('key_id', '=', keyId)
    .where('revoked_at', 'is', null)
    .execute();
}

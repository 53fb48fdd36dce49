import type { Insertable, Kysely, Transaction, Updateable } from 'kysely';
import type { AdmissionsTable, CheckInListsTable, Database, ScansTable } from '../../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

export function findListRows(db: Db, conferenceId: string) {
  return db
    .selectFrom('check_in_lists')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .orderBy('created_at')
    .orderBy('name')
    .execute();
}

export function findListRow(db: Db, conferenceId: string, id: string) {
  return db
    .selectFrom('check_in_lists')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertList(db: Db, row: Insertable<CheckInListsTable>): Promise<void> {
  await db.insertInto('check_in_lists').values(row).execute();
}

export async function updateList(
  db: Db,
  conferenceId: string,
  id: string,
  changes: Updateable<CheckInListsTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('check_in_lists')
    .set(changes)
    .where('conference_id', '=', conferenceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Deletes a list that no scan refers to; false when it has scans (or does not exist). */
export async function deleteUnusedList(db: Db, conferenceId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('check_in_lists')
    .where('conference_id', '=', conferenceId)
    .where('id', '=', id)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('scans').select('id').where('list_id', '=', id))))
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export async function countScansOfList(db: Db, conferenceId: string, listId: string): Promise<number> {
  const row = await db
    .selectFrom('scans')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('conference_id', '=', conferenceId)
    .where('list_id', '=', listId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function findScanByNonce(db: Db, conferenceId: string, nonce: string) {
  return db
    .selectFrom('scans')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .where('client_nonce', '=', nonce)
    .executeTakeFirst();
}

export function findScanRow(db: Db, conferenceId: string, id: string) {
  return db
    .selectFrom('scans')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/**
 * Records a scan unless its nonce was recorded before. On Postgres a concurrent upload of the
 * same nonce waits here for the first to commit, then inserts nothing: false.
 */
export async function insertScanOnce(db: Db, row: Insertable<ScansTable>): Promise<boolean> {
  const result = await db
    .insertInto('scans')
    .values(row)
    .onConflict((oc) => oc.columns(['conference_id', 'client_nonce']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function updateScan(db: Db, id: string, changes: Updateable<ScansTable>): Promise<void> {
  await db.updateTable('scans').set(changes).where('id', '=', id).execute();
}

export function findLatestAdmission(db: Db, ticketId: string, listId: string, day: string) {
  return db
    .selectFrom('admissions')
    .selectAll()
    .where('ticket_id', '=', ticketId)
    .where('list_id', '=', listId)
    .where('day', '=', day)
    .orderBy('sequence', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/**
 * Takes entry number `sequence` of a ticket on a list and day. The primary key lets exactly
 * one of any number of concurrent scans have it; the others insert nothing and get false.
 */
export async function insertAdmissionOnce(db: Db, row: Insertable<AdmissionsTable>): Promise<boolean> {
  const result = await db
    .insertInto('admissions')
    .values(row)
    .onConflict((oc) => oc.columns(['ticket_id', 'list_id', 'day', 'sequence']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function closeAdmission(
  db: Db,
  key: { ticketId: string; listId: string; day: string; sequence: number },
  at: string,
): Promise<void> {
  await db
    .updateTable('admissions')
    .set({ exited_at: at })
    .where('ticket_id', '=', key.ticketId)
    .where('list_id', '=', key.listId)
    .where('day', '=', key.day)
    .where('sequence', '=', key.sequence)
    .where('exited_at', 'is', null)
    .execute();
}

/** Removes the admission a scan made, if the holder is still inside; true when it did. */
export async function deleteOpenAdmission(db: Db, scanId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('admissions')
    .where('scan_id', '=', scanId)
    .where('exited_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export interface ScanRowQuery {
  conferenceId: string;
  listId?: string;
  ticketId?: string;
  failedVerdicts?: ScansTable['verdict'][];
  conflictsOnly?: boolean;
  limit: number;
}

/** Scans with their ticket's holder and type joined in, so a list of 500 costs one query. */
export function findScanRows(db: Db, q: ScanRowQuery) {
  let query = db
    .selectFrom('scans as s')
    .leftJoin('tickets as t', (join) =>
      join.onRef('t.id', '=', 's.ticket_id').onRef('t.conference_id', '=', 's.conference_id'),
    )
    .leftJoin('ticket_types as y', 'y.id', 't.type_id')
    .selectAll('s')
    .select(['t.holder_name', 'y.name as type_name'])
    .where('s.conference_id', '=', q.conferenceId);
  if (q.listId) query = query.where('s.list_id', '=', q.listId);
  if (q.ticketId) query = query.where('s.ticket_id', '=', q.ticketId);
  if (q.failedVerdicts) query = query.where('s.verdict', 'in', q.failedVerdicts);
  if (q.conflictsOnly) query = query.where('s.conflict', '=', 1);
  return query.orderBy('s.uploaded_at', 'desc').orderBy('s.scanned_at', 'desc').limit(q.limit).execute();
}

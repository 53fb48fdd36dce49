import type { Insertable, Kysely, Selectable, Transaction } from 'kysely';
import { importPublicKey } from '@shared/tickets';
import type { AdmissionsTable, CheckInListsTable, Database, ScansTable } from '../../db/schema';
import { prepared } from './prepared-query';

/**
 * The queries of the scan path (POST /scans), compiled once: the same reads and conditional
 * inserts as repository.ts and tickets' findTicketForScan, shaped for the busiest endpoint.
 * bench/write-paths.ts (scanThroughput) shows what they save.
 */
type Db = Kysely<Database> | Transaction<Database>;

const SCAN_COLUMNS = [
  'id',
  'conference_id',
  'list_id',
  'ticket_id',
  'user_id',
  'desk_id',
  'desk_name',
  'direction',
  'verdict',
  'previous',
  'note',
  'conflict',
  'payload',
  'scanned_at',
  'uploaded_at',
  'client_nonce',
  'offline',
  'desk_verdict',
  'undone_at',
] as const satisfies readonly (keyof ScansTable)[];

const ADMISSION_COLUMNS = [
  'ticket_id',
  'list_id',
  'day',
  'sequence',
  'scan_id',
  'desk_id',
  'desk_name',
  'admitted_at',
  'exited_at',
] as const satisfies readonly (keyof AdmissionsTable)[];

const listRow = prepared(
  (db, conferenceId: string, id: string) =>
    db
      .selectFrom('check_in_lists')
      .selectAll()
      .where('conference_id', '=', conferenceId)
      .where('id', '=', id),
  2,
);

export async function findScanList(db: Db, conferenceId: string, id: string) {
  return (await listRow(db, conferenceId, id)).rows[0] as Selectable<CheckInListsTable> | undefined;
}

const scanByNonce = prepared(
  (db, conferenceId: string, nonce: string) =>
    db
      .selectFrom('scans')
      .selectAll()
      .where('conference_id', '=', conferenceId)
      .where('client_nonce', '=', nonce),
  2,
);

export async function findScanByNonce(db: Db, conferenceId: string, nonce: string) {
  return (await scanByNonce(db, conferenceId, nonce)).rows[0] as Selectable<ScansTable> | undefined;
}

const ticketForScan = prepared(
  (db, conferenceId: string, id: string) =>
    db
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
      .where('t.id', '=', id),
  2,
);

export async function findTicketForScan(db: Db, conferenceId: string, id: string) {
  return (await ticketForScan(db, conferenceId, id)).rows[0];
}

const latestAdmission = prepared(
  (db, ticketId: string, listId: string, day: string) =>
    db
      .selectFrom('admissions')
      .selectAll()
      .where('ticket_id', '=', ticketId)
      .where('list_id', '=', listId)
      .where('day', '=', day)
      .orderBy('sequence', 'desc')
      .limit(1),
  3,
);

export async function findLatestAdmission(db: Db, ticketId: string, listId: string, day: string) {
  return (await latestAdmission(db, ticketId, listId, day)).rows[0] as
    Selectable<AdmissionsTable> | undefined;
}

/** A row with a placeholder in every column, so the insert's column list never changes. */
const placeholderRow = <C extends string>(columns: readonly C[], values: unknown[]) =>
  Object.fromEntries(columns.map((c, i) => [c, values[i]])) as Record<C, never>;

const insertScan = prepared(
  (db, ...values: unknown[]) =>
    db
      .insertInto('scans')
      .values(placeholderRow(SCAN_COLUMNS, values))
      .onConflict((oc) => oc.columns(['conference_id', 'client_nonce']).doNothing()),
  SCAN_COLUMNS.length,
);

/** Records a scan unless its nonce was recorded before (see repository.insertScanOnce). */
export async function insertScanOnce(db: Db, row: Insertable<ScansTable>): Promise<boolean> {
  const result = await insertScan(db, ...SCAN_COLUMNS.map((c) => row[c] ?? null));
  return Number(result.numAffectedRows ?? 0) === 1;
}

const insertAdmission = prepared(
  (db, ...values: unknown[]) =>
    db
      .insertInto('admissions')
      .values(placeholderRow(ADMISSION_COLUMNS, values))
      .onConflict((oc) => oc.columns(['ticket_id', 'list_id', 'day', 'sequence']).doNothing()),
  ADMISSION_COLUMNS.length,
);

/** Takes entry number `sequence` unless another scan took it (see repository.insertAdmissionOnce). */
export async function insertAdmissionOnce(db: Db, row: Insertable<AdmissionsTable>): Promise<boolean> {
  const result = await insertAdmission(db, ...ADMISSION_COLUMNS.map((c) => row[c] ?? null));
  return Number(result.numAffectedRows ?? 0) === 1;
}

const signingKey = prepared(
  (db, conferenceId: string, keyId: number) =>
    db
      .selectFrom('ticket_signing_keys')
      .select(['public_key', 'revoked_at'])
      .where('conference_id', '=', conferenceId)
      .where('key_id', '=', keyId),
  2,
);

/** The one key a code names (not the conference's whole key ring), read on every scan: a rotation counts at once. */
export async function findSigningKey(db: Db, conferenceId: string, keyId: number) {
  return (await signingKey(db, conferenceId, keyId)).rows[0];
}

const imported = new Map<string, Promise<CryptoKey>>();
/** A conference has a handful of keys; this bounds only a runaway. */
const MAX_IMPORTED = 1000;

/** Importing a key costs more than verifying with it: each public key is imported once. */
export function publicKeyOf(encoded: string): Promise<CryptoKey> {
  let key = imported.get(encoded);
  if (!key) {
    if (imported.size >= MAX_IMPORTED) imported.clear();
    key = importPublicKey(encoded);
    imported.set(encoded, key);
  }
  return key;
}

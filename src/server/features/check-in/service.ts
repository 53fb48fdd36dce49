import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import {
  type CheckInList,
  previousAdmissionSchema,
  type SaveCheckInList,
  type ListedScan,
  type Scan,
  type ScanDirection,
  type ScanListFilters,
  type ScanResult,
  type ScannedTicket,
  type Verdict,
  type VerdictCode,
  verdictCodes,
} from '@shared/contract';
import { admits, canUndo, decideVerdict, verifyTicketQr } from '@shared/tickets';
import { conferenceDayOf, toInstant, type Clock } from '@shared/time';
import { readJson, stringList, writeJson } from '../../db/json-column';
import type { ConferenceRow, Database, ScansTable } from '../../db/schema';
import { DependentsProblem, dependentsOf } from '../../http/dependents';
import { HttpProblem } from '../../http/problem';
import { recordAudit } from '../audit';
import { findTicketForScan, findTicketTypeRows, requireConferenceDays } from '../tickets';
import * as repo from './repository';
import * as scanQueries from './scan-queries';

type ScanRow = Selectable<ScansTable>;
type ListRow = NonNullable<Awaited<ReturnType<typeof repo.findListRow>>>;
type TicketRow = NonNullable<Awaited<ReturnType<typeof findTicketForScan>>>;

// ---- check-in lists ----

function toList(row: ListRow): CheckInList {
  return {
    id: row.id,
    name: row.name,
    ticketTypeIds: readJson(row.ticket_type_ids, stringList, 'check_in_lists.ticket_type_ids'),
    days: readJson(row.days, stringList, 'check_in_lists.days'),
    countsExits: row.counts_exits === 1,
    allowsReentry: row.allows_reentry === 1,
  };
}

export async function listLists(db: Kysely<Database>, conferenceId: string): Promise<CheckInList[]> {
  return (await repo.findListRows(db, conferenceId)).map(toList);
}

async function requireList(db: Kysely<Database>, conferenceId: string, id: string): Promise<ListRow> {
  const row = await repo.findListRow(db, conferenceId, id);
  if (!row) throw new HttpProblem('check_in_list_not_found', `There is no check-in list "${id}".`);
  return row;
}

async function listColumns(db: Kysely<Database>, conferenceId: string, input: Required<SaveCheckInList>) {
  const types = new Set((await findTicketTypeRows(db, conferenceId)).map((t) => t.id));
  const unknown = input.ticketTypeIds.filter((id) => !types.has(id));
  if (unknown.length > 0) {
    throw new HttpProblem('validation_failed', 'Use ticket types of this conference.', {
      ticketTypeIds: [`Unknown ticket types: ${unknown.join(', ')}`],
    });
  }
  await requireConferenceDays(db, conferenceId, input.days, 'days');
  return {
    name: input.name,
    ticket_type_ids: writeJson(input.ticketTypeIds),
    days: writeJson([...input.days].sort()),
    counts_exits: input.countsExits ? 1 : 0,
    allows_reentry: input.allowsReentry ? 1 : 0,
  };
}

export async function createList(
  db: Kysely<Database>,
  clock: Clock,
  conferenceId: string,
  userId: string,
  input: Required<SaveCheckInList>,
): Promise<CheckInList> {
  const row = {
    id: randomUUID(),
    conference_id: conferenceId,
    created_at: toInstant(clock()),
    ...(await listColumns(db, conferenceId, input)),
  };
  await db.transaction().execute(async (trx) => {
    await repo.insertList(trx, row);
    await recordAudit(trx, {
      conferenceId,
      userId,
      action: 'check-in-list.created',
      subject: row.id,
      detail: input,
      at: row.created_at,
    });
  });
  return toList(row);
}

export async function updateList(
  db: Kysely<Database>,
  clock: Clock,
  conferenceId: string,
  userId: string,
  id: string,
  input: Required<SaveCheckInList>,
): Promise<CheckInList> {
  const columns = await listColumns(db, conferenceId, input);
  await db.transaction().execute(async (trx) => {
    if (!(await repo.updateList(trx, conferenceId, id, columns))) {
      throw new HttpProblem('check_in_list_not_found', `There is no check-in list "${id}".`);
    }
    await recordAudit(trx, {
      conferenceId,
      userId,
      action: 'check-in-list.updated',
      subject: id,
      detail: input,
      at: toInstant(clock()),
    });
  });
  return toList(await requireList(db, conferenceId, id));
}

/**
 * Lists with scans stay: deleting one would erase the audit of who came in through it
 * (check_in_list_in_use, never confirmable).
 */
export async function deleteList(
  db: Kysely<Database>,
  clock: Clock,
  conferenceId: string,
  userId: string,
  id: string,
): Promise<void> {
  const list = await requireList(db, conferenceId, id);
  await db.transaction().execute(async (trx) => {
    if (!(await repo.deleteUnusedList(trx, conferenceId, id))) {
      const scans = await repo.countScansOfList(trx, conferenceId, id);
      throw new DependentsProblem(
        'check_in_list_in_use',
        `${scans} scan(s) were made on this list. Keep it, or create a new list instead.`,
        dependentsOf('scan', [], Math.max(scans, 1)),
        false,
      );
    }
    await recordAudit(trx, {
      conferenceId,
      userId,
      action: 'check-in-list.deleted',
      subject: id,
      detail: { name: list.name },
      at: toInstant(clock()),
    });
  });
}

// ---- scans ----

export function toScan(row: ScanRow): Scan {
  return {
    id: row.id,
    ticketId: row.ticket_id,
    listId: row.list_id,
    deskId: row.desk_id,
    deskName: row.desk_name,
    direction: row.direction,
    verdict: row.verdict,
    scannedAt: row.scanned_at,
    uploadedAt: row.uploaded_at,
    clientNonce: row.client_nonce,
    offline: row.offline === 1,
    conflict: row.conflict === 1,
    undoneAt: row.undone_at,
  };
}

function toScannedTicket(t: TicketRow): ScannedTicket {
  return {
    id: t.id,
    holderName: t.holder_name,
    company: t.company,
    typeId: t.type_id,
    typeName: t.type_name,
    status: t.status,
  };
}

export interface ScanInput {
  qr?: string;
  ticketId?: string;
  listId: string;
  deskId: string;
  deskName: string;
  clientNonce: string;
  direction: ScanDirection;
  offline: boolean;
  scannedAt?: string;
  deskVerdict?: VerdictCode;
}

export interface RecordedScan {
  result: ScanResult;
  /** Someone came in or went out, or a conflict appeared: the arrivals figures moved. */
  moved: boolean;
}

async function replay(db: Kysely<Database>, conferenceId: string, row: ScanRow): Promise<RecordedScan> {
  const ticket = row.ticket_id ? await findTicketForScan(db, conferenceId, row.ticket_id) : undefined;
  const verdict: Verdict = {
    code: row.verdict,
    previous: row.previous ? readJson(row.previous, previousAdmissionSchema, 'scans.previous') : null,
    note: row.note,
  };
  return {
    result: { scan: toScan(row), verdict, ticket: ticket ? toScannedTicket(ticket) : null, replayed: true },
    moved: false,
  };
}

/** Which ticket a scan names and whether its code was signed by a revoked key. */
async function identify(db: Kysely<Database>, conference: ConferenceRow, input: ScanInput) {
  if (input.ticketId) return { ticketId: input.ticketId, keyRevoked: false };
  let revokedAt: string | null = null;
  const reading = await verifyTicketQr(input.qr!, conference.slug, async (keyId) => {
    const key = await scanQueries.findSigningKey(db, conference.id, keyId);
    revokedAt = key?.revoked_at ?? null;
    return key ? scanQueries.publicKeyOf(key.public_key) : undefined;
  });
  if (!reading.ok) return { ticketId: null, keyRevoked: false };
  return { ticketId: reading.claims.ticketId, keyRevoked: revokedAt !== null };
}

/**
 * Whether a scan is judged even while its account is over the unknown-code limit: a check-in
 * from a name search, or a code carrying a valid signature of this conference. Only codes that
 * verify nothing are refused then, so a valid ticket always gets its verdict (decision 13).
 */
export async function passesForgeryLimit(db: Kysely<Database>, conference: ConferenceRow, input: ScanInput) {
  if (input.ticketId) return true;
  return (await identify(db, conference, input)).ticketId !== null;
}

/** Settling an admission retries only when another scan took the entry first; a few rounds always do. */
const MAX_ADMISSION_ATTEMPTS = 5;

/**
 * Judges and records one scan. Every scan is recorded, refused ones too. The admission is
 * taken by a conditional insert on (ticket, list, day, sequence), so of any number of desks
 * scanning one ticket at once exactly one admits it; the others record already_checked_in
 * naming the winner. A nonce uploaded twice is recorded once and answers the first verdict.
 */
export async function recordScan(
  db: Kysely<Database>,
  clock: Clock,
  conference: ConferenceRow,
  userId: string,
  input: ScanInput,
): Promise<RecordedScan> {
  const list = await scanQueries.findScanList(db, conference.id, input.listId);
  if (!list) throw new HttpProblem('check_in_list_not_found', `There is no check-in list "${input.listId}".`);
  if (input.direction === 'exit' && list.counts_exits !== 1) {
    throw new HttpProblem('exits_not_counted', 'Scan entries on this list, or use a list that counts exits.');
  }
  const earlier = await scanQueries.findScanByNonce(db, conference.id, input.clientNonce);
  if (earlier) return replay(db, conference.id, earlier);

  const uploadedAt = toInstant(clock());
  // Offline scans keep their own time; a desk clock running ahead cannot date a scan in the future.
  const claimed = input.offline && input.scannedAt ? toInstant(new Date(input.scannedAt)) : uploadedAt;
  const scannedAt = claimed < uploadedAt ? claimed : uploadedAt;
  const day = conferenceDayOf(new Date(scannedAt), conference.time_zone);
  const { ticketId, keyRevoked } = await identify(db, conference, input);
  const rules = toList(list);

  const recorded = await db.transaction().execute(async (trx) => {
    const ticket = ticketId ? await scanQueries.findTicketForScan(trx, conference.id, ticketId) : undefined;
    const judge = async () => {
      const latest = ticket ? await scanQueries.findLatestAdmission(trx, ticket.id, list.id, day) : undefined;
      const verdict = decideVerdict({
        ticket: ticket
          ? {
              typeId: ticket.type_id,
              validDays: readJson(ticket.valid_days, stringList, 'ticket_types.valid_days'),
              status: ticket.status,
              note: ticket.note,
            }
          : null,
        keyRevoked,
        list: rules,
        day,
        direction: input.direction,
        latest: latest
          ? {
              at: latest.admitted_at,
              deskId: latest.desk_id,
              deskName: latest.desk_name,
              exitedAt: latest.exited_at,
            }
          : null,
      });
      return { latest, verdict };
    };
    const verdictColumns = (v: Verdict) => ({
      verdict: v.code,
      previous: v.previous ? writeJson(v.previous) : null,
      note: v.note,
      conflict: input.offline && input.deskVerdict && admits(input.deskVerdict) && !admits(v.code) ? 1 : 0,
    });

    let { latest, verdict } = await judge();
    const row: ScanRow = {
      id: randomUUID(),
      conference_id: conference.id,
      list_id: list.id,
      ticket_id: ticket?.id ?? null,
      user_id: userId,
      desk_id: input.deskId,
      desk_name: input.deskName,
      direction: input.direction,
      ...verdictColumns(verdict),
      payload: input.qr ?? null,
      scanned_at: scannedAt,
      uploaded_at: uploadedAt,
      client_nonce: input.clientNonce,
      offline: input.offline ? 1 : 0,
      desk_verdict: input.deskVerdict ?? null,
      undone_at: null,
    };
    if (!(await scanQueries.insertScanOnce(trx, row))) return null;
    if (!ticket) return { row, verdict, ticket };

    if (input.direction === 'exit') {
      if (latest && latest.exited_at === null) {
        await repo.closeAdmission(
          trx,
          { ticketId: ticket.id, listId: list.id, day, sequence: latest.sequence },
          scannedAt,
        );
      }
      return { row, verdict, ticket };
    }
    const first = verdict.code;
    for (let attempt = 1; admits(verdict.code); attempt++) {
      const taken = await scanQueries.insertAdmissionOnce(trx, {
        ticket_id: ticket.id,
        list_id: list.id,
        day,
        sequence: (latest?.sequence ?? 0) + 1,
        scan_id: row.id,
        desk_id: input.deskId,
        desk_name: input.deskName,
        admitted_at: scannedAt,
        exited_at: null,
      });
      if (taken) break;
      if (attempt === MAX_ADMISSION_ATTEMPTS)
        throw new Error(`Could not settle the admission of ${ticket.id}`);
      ({ latest, verdict } = await judge());
    }
    if (verdict.code !== first) {
      Object.assign(row, verdictColumns(verdict));
      await repo.updateScan(trx, row.id, verdictColumns(verdict));
    }
    return { row, verdict, ticket };
  });

  if (!recorded) {
    // A twin upload of this nonce committed first; answer what it recorded.
    return replay(
      db,
      conference.id,
      (await scanQueries.findScanByNonce(db, conference.id, input.clientNonce))!,
    );
  }
  const { row, verdict, ticket } = recorded;
  return {
    result: { scan: toScan(row), verdict, ticket: ticket ? toScannedTicket(ticket) : null, replayed: false },
    moved: (input.direction === 'exit' && !!ticket) || admits(verdict.code) || row.conflict === 1,
  };
}

/** Takes back an admission made by mistake, within the undo window, while the holder is inside. */
export async function undoScan(
  db: Kysely<Database>,
  clock: Clock,
  conferenceId: string,
  scanId: string,
): Promise<Scan> {
  const now = clock();
  return db.transaction().execute(async (trx) => {
    const scan = await repo.findScanRow(trx, conferenceId, scanId);
    if (!scan) throw new HttpProblem('scan_not_found', `There is no scan "${scanId}".`);
    if (scan.undone_at || scan.direction !== 'entry' || !admits(scan.verdict)) {
      throw new HttpProblem('scan_not_undoable');
    }
    if (!canUndo(scan.uploaded_at, now)) throw new HttpProblem('undo_window_passed');
    if (!(await repo.deleteOpenAdmission(trx, scan.id))) {
      throw new HttpProblem('scan_not_undoable', 'The holder was already scanned out, or this was undone.');
    }
    const undoneAt = toInstant(now);
    await repo.updateScan(trx, scan.id, { undone_at: undoneAt });
    return toScan({ ...scan, undone_at: undoneAt });
  });
}

const FAILED = verdictCodes.filter((c) => !admits(c));

export async function listScans(
  db: Kysely<Database>,
  conferenceId: string,
  filters: ScanListFilters,
): Promise<ListedScan[]> {
  const rows = await repo.findScanRows(db, {
    conferenceId,
    listId: filters.listId,
    ticketId: filters.ticketId,
    failedVerdicts: filters.only === 'failed' ? FAILED : undefined,
    conflictsOnly: filters.only === 'conflicts',
    limit: filters.limit,
  });
  return rows.map((row) => ({
    ...toScan(row),
    ticket:
      row.holder_name !== null && row.type_name !== null
        ? { holderName: row.holder_name, typeName: row.type_name }
        : null,
  }));
}

import type { Kysely } from 'kysely';
import type {
  CreateTicket,
  CreateTicketType,
  HolderTicket,
  RevocationList,
  Ticket,
  TicketBulk,
  TicketImportResult,
  TicketList,
  TicketSearch,
  TicketType,
  TicketWatchEntry,
  UpdateTicket,
  UpdateTicketType,
} from '@shared/contract';
import { randomToken } from '@shared/text/codes';
import { readTicketCsv, type ImportRow } from '@shared/tickets';
import { toInstant, type Clock } from '@shared/time';
import { readJson, stringList, writeJson } from '../../db/json-column';
import type { ConferenceRow, Database, TicketsTable } from '../../db/schema';
import type { Transaction } from 'kysely';
import {
  askUnlessConfirmed,
  DependentsProblem,
  dependentsOf,
  refuseWhileDependents,
} from '../../http/dependents';
import { HttpProblem } from '../../http/problem';
import { recordAudit } from '../audit';
import { isUniqueViolation } from '../auth';
import * as repo from './repository';
import { signForTicket } from './signing';

type TypeRow = Awaited<ReturnType<typeof repo.findTicketTypeRows>>[number];

export const newTicketId = () => randomToken(9);
const newSecret = () => randomToken(32);

export function toTicketType(row: TypeRow): TicketType {
  return {
    id: row.id,
    number: row.number,
    slug: row.slug,
    name: row.name,
    validDays: readJson(row.valid_days, stringList, 'ticket_types.valid_days'),
  };
}

function toTicket(row: TicketsTable & { checked_in_at?: string | null }, showSecret: boolean): Ticket {
  return {
    id: row.id,
    typeId: row.type_id,
    holderName: row.holder_name,
    email: row.email,
    company: row.company,
    country: row.country,
    orderCode: row.order_code,
    status: row.status,
    note: row.note,
    secret: showSecret ? row.secret : null,
    createdAt: row.created_at,
    checkedInAt: row.checked_in_at ?? null,
  };
}

export async function listTicketTypes(db: Kysely<Database>, conferenceId: string): Promise<TicketType[]> {
  return (await repo.findTicketTypeRows(db, conferenceId)).map(toTicketType);
}

async function conferenceDays(db: Kysely<Database>, conferenceId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('conference_days')
    .select('date')
    .where('conference_id', '=', conferenceId)
    .execute();
  return new Set(rows.map((r) => r.date));
}

/** Days must be conference days: a QR code's day bitmap means nothing outside the event. */
export async function requireConferenceDays(
  db: Kysely<Database>,
  conferenceId: string,
  days: string[],
  field: string,
): Promise<void> {
  const known = await conferenceDays(db, conferenceId);
  const unknown = days.filter((d) => !known.has(d));
  if (unknown.length > 0) {
    throw new HttpProblem('validation_failed', 'Use days of the conference.', {
      [field]: [`Not a conference day: ${unknown.join(', ')}`],
    });
  }
}

export async function createTicketType(
  db: Kysely<Database>,
  clock: Clock,
  conference: ConferenceRow,
  userId: string,
  input: CreateTicketType,
): Promise<TicketType> {
  await requireConferenceDays(db, conference.id, input.validDays, 'validDays');
  const number = await repo.nextTicketTypeNumber(db, conference.id);
  if (number > 255) throw new HttpProblem('ticket_type_taken', 'A conference has at most 255 ticket types.');
  const row = {
    id: `${conference.slug}.ticket-type.${input.slug}`,
    conference_id: conference.id,
    number,
    slug: input.slug,
    name: input.name,
    valid_days: writeJson([...input.validDays].sort()),
  };
  try {
    await db.transaction().execute(async (trx) => {
      await repo.insertTicketType(trx, row);
      await recordAudit(trx, {
        conferenceId: conference.id,
        userId,
        action: 'ticket-type.created',
        subject: row.id,
        detail: { name: row.name, validDays: input.validDays },
        at: toInstant(clock()),
      });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new HttpProblem('ticket_type_taken');
    throw err;
  }
  return toTicketType(row);
}

/**
 * Renames a type or changes its days. Codes already on phones keep the days they were signed
 * with until the holder's link is opened again; desks judge by the type's current days.
 */
export async function updateTicketType(
  db: Kysely<Database>,
  clock: Clock,
  conference: ConferenceRow,
  userId: string,
  id: string,
  input: UpdateTicketType,
): Promise<TicketType> {
  await requireConferenceDays(db, conference.id, input.validDays, 'validDays');
  const changes = { name: input.name, valid_days: writeJson([...input.validDays].sort()) };
  await db.transaction().execute(async (trx) => {
    if (!(await repo.updateTicketType(trx, conference.id, id, changes))) {
      throw new HttpProblem('ticket_type_not_found', `There is no ticket type "${id}".`);
    }
    await recordAudit(trx, {
      conferenceId: conference.id,
      userId,
      action: 'ticket-type.updated',
      subject: id,
      detail: { name: input.name, validDays: input.validDays },
      at: toInstant(clock()),
    });
  });
  const row = (await repo.findTicketTypeRows(db, conference.id)).find((t) => t.id === id)!;
  return toTicketType(row);
}

/**
 * Deletes a ticket type. Tickets always block (a cancelled ticket still needs its type for
 * desks to refuse it): ticket_type_has_tickets, never confirmable. So does a list admitting
 * only this type, which would otherwise silently admit every type: ticket_type_in_use, not
 * confirmable. Lists that also admit other types make it ask (ticket_type_in_use, confirmable);
 * `confirm` then drops the type from them.
 */
export async function deleteTicketType(
  db: Kysely<Database>,
  clock: Clock,
  conference: ConferenceRow,
  userId: string,
  id: string,
  confirm: boolean,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const type = (await repo.findTicketTypeRows(trx, conference.id)).find((t) => t.id === id);
    if (!type) throw new HttpProblem('ticket_type_not_found', `There is no ticket type "${id}".`);
    const tickets = await repo.countTicketsOfType(trx, conference.id, id);
    const naming = (await repo.findCheckInListRows(trx, conference.id))
      .map((l) => ({
        ...l,
        types: readJson(l.ticket_type_ids, stringList, 'check_in_lists.ticket_type_ids'),
      }))
      .filter((l) => l.types.includes(id));
    const onlyThis = dependentsOf(
      'check_in_list',
      naming.filter((l) => l.types.length === 1).map((l) => l.name),
    );
    const shared = naming.filter((l) => l.types.length > 1);
    // With tickets, the lists that would also block are named in the same refusal.
    refuseWhileDependents(
      'ticket_type_has_tickets',
      tickets > 0 ? [...dependentsOf('ticket', [], tickets), ...onlyThis] : [],
      `"${type.name}" has ${tickets} ticket(s): tickets keep their type, even cancelled ones. Rename the type instead.`,
    );
    refuseWhileDependents(
      'ticket_type_in_use',
      onlyThis,
      'These check-in lists admit only this type; without it they would admit every type. Edit them first.',
    );
    askUnlessConfirmed(
      'ticket_type_in_use',
      dependentsOf(
        'check_in_list',
        shared.map((l) => l.name),
      ),
      confirm,
      `"${type.name}" is admitted by ${shared.length} check-in list(s) with other types too; ?confirm=true removes it from them.`,
    );
    for (const list of shared) {
      await repo.setCheckInListTypes(
        trx,
        list.id,
        list.types.filter((t) => t !== id),
      );
    }
    if (!(await repo.deleteTicketTypeWithoutTickets(trx, conference.id, id))) {
      // A ticket of this type was added since the count above.
      const added = await repo.countTicketsOfType(trx, conference.id, id);
      throw new DependentsProblem(
        'ticket_type_has_tickets',
        'Tickets of this type were just added.',
        dependentsOf('ticket', [], Math.max(added, 1)),
        false,
      );
    }
    await recordAudit(trx, {
      conferenceId: conference.id,
      userId,
      action: 'ticket-type.deleted',
      subject: id,
      detail: { name: type.name, removedFromLists: shared.map((l) => l.name) },
      at: toInstant(clock()),
    });
  });
}

export async function searchTickets(
  db: Kysely<Database>,
  conferenceId: string,
  search: TicketSearch,
  showSecrets: boolean,
): Promise<TicketList> {
  const query = { conferenceId, text: search.q, status: search.status };
  const [rows, total] = await Promise.all([
    repo.findTicketRows(db, {
      ...query,
      limit: search.limit,
      offset: search.offset,
      sort: search.sort,
      dir: search.dir,
    }),
    repo.countTicketRows(db, query),
  ]);
  return { tickets: rows.map((r) => toTicket(r, showSecrets)), total };
}

async function requireType(
  db: Kysely<Database> | Transaction<Database>,
  conferenceId: string,
  typeId: string,
): Promise<void> {
  const types = await repo.findTicketTypeRows(db, conferenceId);
  if (!types.some((t) => t.id === typeId)) {
    throw new HttpProblem('ticket_type_not_found', `There is no ticket type "${typeId}".`);
  }
}

const newTicketRow = (
  conferenceId: string,
  now: string,
  t: Omit<ImportRow, 'line'> & { note?: string | null },
): TicketsTable => ({
  id: newTicketId(),
  conference_id: conferenceId,
  type_id: t.typeId,
  holder_name: t.holderName,
  email: t.email,
  company: t.company,
  country: t.country,
  order_code: t.orderCode,
  status: 'valid',
  note: t.note ?? null,
  secret: newSecret(),
  changed_at: now,
  created_at: now,
});

export async function createTicket(
  db: Kysely<Database>,
  clock: Clock,
  conferenceId: string,
  userId: string,
  input: Required<CreateTicket>,
): Promise<Ticket> {
  await requireType(db, conferenceId, input.typeId);
  const row = newTicketRow(conferenceId, toInstant(clock()), input);
  await db.transaction().execute(async (trx) => {
    await repo.insertTickets(trx, [row]);
    await recordAudit(trx, {
      conferenceId,
      userId,
      action: 'ticket.created',
      subject: row.id,
      detail: { typeId: row.type_id, orderCode: row.order_code },
      at: row.created_at,
    });
  });
  return toTicket(row, true);
}

/**
 * One ticket's change and its audit entry, inside the caller's transaction: the single edit and
 * the bulk one go through here, so both follow the same rules and leave the same trail.
 * False when the conference has no such ticket. A new type must be checked first with
 * requireType (once for a bulk move).
 */
async function changeTicket(
  trx: Transaction<Database>,
  conferenceId: string,
  userId: string,
  id: string,
  update: UpdateTicket,
  at: string,
): Promise<boolean> {
  const changed = await repo.updateTicket(trx, conferenceId, id, {
    ...(update.status !== undefined ? { status: update.status } : {}),
    ...(update.note !== undefined ? { note: update.note } : {}),
    ...(update.typeId !== undefined ? { type_id: update.typeId } : {}),
    changed_at: at,
  });
  if (!changed) return false;
  await recordAudit(trx, { conferenceId, userId, action: 'ticket.updated', subject: id, detail: update, at });
  return true;
}

export async function updateTicket(
  db: Kysely<Database>,
  clock: Clock,
  conferenceId: string,
  userId: string,
  id: string,
  update: UpdateTicket,
): Promise<Ticket> {
  const at = toInstant(clock());
  await db.transaction().execute(async (trx) => {
    // A ticket moves only to a type of its own conference; its QR code is signed anew when its link opens.
    if (update.typeId !== undefined) await requireType(trx, conferenceId, update.typeId);
    if (!(await changeTicket(trx, conferenceId, userId, id, update, at))) {
      throw new HttpProblem('ticket_not_found', `There is no ticket "${id}".`);
    }
  });
  const [row] = await repo.findTicketRows(db, { conferenceId, id });
  return toTicket(row!, true);
}

const bulkUpdate = (bulk: TicketBulk): UpdateTicket =>
  bulk.action === 'cancel'
    ? { status: 'cancelled' }
    : bulk.action === 'block'
      ? { status: 'blocked' }
      : { typeId: bulk.ticketTypeId! };

/**
 * Cancels, blocks or moves several tickets in one transaction, each as its single edit would
 * (same rules, one audit entry per ticket). Any id that is not a ticket of this conference
 * refuses the whole request, naming the ids, before anything changes.
 */
export async function bulkUpdateTickets(
  db: Kysely<Database>,
  clock: Clock,
  conferenceId: string,
  userId: string,
  bulk: TicketBulk,
): Promise<Ticket[]> {
  const at = toInstant(clock());
  const update = bulkUpdate(bulk);
  const ids = bulk.ticketIds;
  await db.transaction().execute(async (trx) => {
    const found = new Set(
      (await repo.findTicketRows(trx, { conferenceId, ids, limit: ids.length })).map((r) => r.id),
    );
    const unknown = ids.filter((id) => !found.has(id));
    if (unknown.length > 0) {
      throw new HttpProblem(
        'ticket_bulk_unknown',
        `Not tickets of this conference: ${unknown.join(', ')}. No ticket was changed.`,
        { ticketIds: unknown },
      );
    }
    if (update.typeId !== undefined) await requireType(trx, conferenceId, update.typeId);
    for (const id of ids) await changeTicket(trx, conferenceId, userId, id, update, at);
  });
  const rows = await repo.findTicketRows(db, { conferenceId, ids, limit: ids.length });
  return rows.map((r) => toTicket(r, true));
}

const identity = (t: { order_code: string; email: string; holder_name: string; type_id: string }) =>
  JSON.stringify([t.order_code, t.email, t.holder_name, t.type_id]);

/**
 * Imports a CSV export all-or-nothing. Rows that match tickets imported before are skipped,
 * counted per identity so a file with two identical positions still creates both once.
 */
export async function importTickets(
  db: Kysely<Database>,
  clock: Clock,
  conferenceId: string,
  userId: string,
  csv: string,
  dryRun = false,
): Promise<TicketImportResult> {
  const types = await listTicketTypes(db, conferenceId);
  const outcome = readTicketCsv(csv, types);
  if (!outcome.ok) {
    throw new HttpProblem(
      'ticket_import_invalid',
      'Fix these rows and import the file again.',
      outcome.errors,
    );
  }
  const now = toInstant(clock());
  return db.transaction().execute(async (trx) => {
    const existing = new Map<string, number>();
    const codes = [...new Set(outcome.rows.map((r) => r.orderCode))];
    for (let i = 0; i < codes.length; i += 500) {
      for (const t of await repo.findTicketIdentities(trx, conferenceId, codes.slice(i, i + 500))) {
        existing.set(identity(t), (existing.get(identity(t)) ?? 0) + 1);
      }
    }
    const rows = [];
    for (const r of outcome.rows) {
      const row = newTicketRow(conferenceId, now, r);
      const left = existing.get(identity(row)) ?? 0;
      if (left > 0) existing.set(identity(row), left - 1);
      else rows.push(row);
    }
    const result = { created: rows.length, skipped: outcome.rows.length - rows.length };
    if (dryRun) return result;
    await repo.insertTickets(trx, rows);
    await recordAudit(trx, { conferenceId, userId, action: 'tickets.imported', detail: result, at: now });
    return result;
  });
}

/** The holder's own ticket by the secret of their link, with a freshly signed QR code. */
export async function holderTicket(
  db: Kysely<Database>,
  clock: Clock,
  conference: ConferenceRow,
  secret: string,
): Promise<HolderTicket> {
  const [row] = await repo.findTicketRows(db, { conferenceId: conference.id, secret });
  if (!row) throw new HttpProblem('ticket_not_found', 'This ticket link is not valid.');
  const type = (await repo.findTicketTypeRows(db, conference.id)).find((t) => t.id === row.type_id)!;
  const validDays = readJson(type.valid_days, stringList, 'ticket_types.valid_days');
  return {
    id: row.id,
    conferenceSlug: conference.slug,
    conferenceName: conference.name,
    holderName: row.holder_name,
    typeName: type.name,
    validDays,
    status: row.status,
    qr: await signForTicket(db, clock, conference, { ticketId: row.id, typeNumber: type.number, validDays }),
  };
}

export async function revocations(
  db: Kysely<Database>,
  clock: Clock,
  conferenceId: string,
  since?: string,
): Promise<RevocationList> {
  // Read the time first: a change landing during the query is then included again next time, not lost.
  const asOf = toInstant(clock());
  const rows = await repo.findWatchRows(db, conferenceId, since);
  const entries: TicketWatchEntry[] = rows.map((r) => ({
    ticketId: r.id,
    status: r.status,
    note: r.note,
    changedAt: r.changed_at,
  }));
  return { entries, asOf };
}

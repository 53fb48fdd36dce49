import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import {
  createShiftSchema,
  type GeneratedShift,
  type Shift,
  type ShiftGeneration,
  type ShiftGenerationPreview,
  type UpdateShift,
  type User,
  shiftGenerationSchema,
} from '@shared/contract';
import { conferenceDayOf, toInstant, type Clock } from '@shared/time';
import { shiftsForSessions } from '@shared/volunteers/shift-generation';
import type { ConferenceRow, Database, ShiftsTable } from '../../db/schema';
import type { AppDeps } from '../../deps';
import { askUnlessConfirmed, dependentsOf } from '../../http/dependents';
import { HttpProblem, parseOrThrow } from '../../http/problem';
import { recordAudit } from '../audit';
import { assertCoordinates, requireVolunteerRole } from '../roles';
import { deliverMessage, type ShiftSnapshot } from '../volunteer-messages';
import * as coord from './coordination-repository';
import * as repo from './repository';
import { getShift, loadShifts } from './service';
import { fillFreePlaces } from './signup-service';

type Deps = Pick<AppDeps, 'db' | 'dbKind' | 'clock'>;

const coordinatorCheck = (user: User, shift: repo.ShiftRowWithRole) =>
  assertCoordinates(user, { coordinator_user_id: shift.coordinator_user_id, name: shift.role_name });

const snapshotOf = (s: repo.ShiftRowWithRole): ShiftSnapshot => ({
  roleName: s.role_name,
  place: s.place,
  startsAt: s.starts_at,
  endsAt: s.ends_at,
});

const overlaps = (a: { starts_at: string; ends_at: string }, start: string, end: string) =>
  a.starts_at < end && start < a.ends_at;

/**
 * Edits a shift. Decisions (docs/decisions/0010-shift-editing-and-volunteer-messages.md):
 * - a capacity below the places held is refused (capacity_below_signups): the coordinator
 *   takes people off the roster first, choosing whom; a higher one moves the line up;
 * - new times that overlap another shift of someone holding a place are refused
 *   (shift_change_overlaps, naming them); rest and daily-hours limits are not re-checked,
 *   as a coordinator may waive them anyway;
 * - the role cannot change while anyone is on the shift (shift_role_locked);
 * - when times or place change, everyone on the shift gets a message.
 */
export async function updateShift(
  deps: Deps,
  conference: ConferenceRow,
  user: User,
  shiftId: string,
  input: UpdateShift,
): Promise<Shift> {
  const now = deps.clock();
  const at = toInstant(now);
  await deps.db.transaction().execute(async (trx) => {
    // Volunteers before the shift, as in sign-up (ADR 0005), so a holder cannot meanwhile take
    // a shift that the new times would overlap.
    const before = await coord.peopleOnShift(trx, shiftId);
    for (const id of before.map((p) => p.id).sort()) await repo.lockVolunteer(trx, deps.dbKind, id);
    const exists = await repo.lockShift(trx, deps.dbKind, shiftId);
    const [shift] = exists ? await repo.findShiftRows(trx, { conferenceId: conference.id, id: shiftId }) : [];
    if (!shift) throw new HttpProblem('shift_not_found', `There is no shift "${shiftId}".`);
    coordinatorCheck(user, shift);
    const people = await coord.peopleOnShift(trx, shiftId);
    const holders = people.filter((p) => p.status !== 'waiting');

    const merged = parseOrThrow(
      createShiftSchema,
      {
        role: input.role ?? shift.role_slug,
        place: input.place ?? shift.place,
        startsAt: input.startsAt ?? shift.starts_at,
        endsAt: input.endsAt ?? shift.ends_at,
        capacity: input.capacity ?? shift.capacity,
        description: input.description ?? shift.description,
      },
      'shift',
    );
    let roleId = shift.role_id;
    if (merged.role !== shift.role_slug) {
      const role = await requireVolunteerRole(trx, conference, merged.role);
      assertCoordinates(user, role);
      if (people.length > 0) {
        throw new HttpProblem(
          'shift_role_locked',
          `${people.length} volunteer(s) are on this shift; take them off before moving it to ${role.name}.`,
        );
      }
      roleId = role.id;
    }
    if (merged.capacity < holders.length) {
      throw new HttpProblem(
        'capacity_below_signups',
        `${holders.length} volunteers hold a place; take some off the roster before lowering the capacity to ${merged.capacity}.`,
        { capacity: [`At least ${holders.length}`] },
      );
    }
    const timesChanged = merged.startsAt !== shift.starts_at || merged.endsAt !== shift.ends_at;
    if (timesChanged && holders.length > 0) {
      const others = await coord.heldShiftsOf(
        trx,
        conference.id,
        holders.map((h) => h.id),
        shiftId,
      );
      const clashing = holders.filter((h) =>
        others.some((o) => o.user_id === h.id && overlaps(o, merged.startsAt, merged.endsAt)),
      );
      if (clashing.length > 0) {
        throw new HttpProblem(
          'shift_change_overlaps',
          `These times overlap another shift of ${clashing.map((p) => p.name).join(', ')}.`,
          { people: clashing.map((p) => p.name) },
        );
      }
    }

    await coord.updateShiftRow(trx, shiftId, {
      role_id: roleId,
      place: merged.place,
      starts_at: merged.startsAt,
      ends_at: merged.endsAt,
      capacity: merged.capacity,
      description: merged.description,
    });
    if (merged.capacity > shift.capacity) {
      const [updated] = await repo.findShiftRows(trx, { conferenceId: conference.id, id: shiftId });
      await fillFreePlaces(trx, conference, updated!, now);
    }
    if ((timesChanged || merged.place !== shift.place) && people.length > 0) {
      await deliverMessage(trx, {
        conferenceId: conference.id,
        senderId: user.id,
        kind: 'shift-changed',
        target: { kind: 'shift', label: `${shift.role_name} · ${merged.place}` },
        shift: {
          roleName: shift.role_name,
          place: merged.place,
          startsAt: merged.startsAt,
          endsAt: merged.endsAt,
        },
        body: '',
        recipientIds: people.map((p) => p.id),
        at,
      });
    }
    await recordAudit(trx, {
      conferenceId: conference.id,
      userId: user.id,
      action: 'shift.updated',
      subject: shiftId,
      detail: { before: snapshotOf(shift), changes: input },
      at,
    });
  });
  return getShift(deps.db, conference, user, deps.clock(), shiftId);
}

/**
 * Deletes a shift. With anyone on it, the first call answers shift_has_signups naming them;
 * `confirm` deletes anyway and tells each of them the shift is cancelled.
 */
export async function deleteShift(
  deps: Deps,
  conference: ConferenceRow,
  user: User,
  shiftId: string,
  confirm: boolean,
): Promise<void> {
  const at = toInstant(deps.clock());
  await deps.db.transaction().execute(async (trx) => {
    const exists = await repo.lockShift(trx, deps.dbKind, shiftId);
    const [shift] = exists ? await repo.findShiftRows(trx, { conferenceId: conference.id, id: shiftId }) : [];
    if (!shift) throw new HttpProblem('shift_not_found', `There is no shift "${shiftId}".`);
    coordinatorCheck(user, shift);
    const people = await coord.peopleOnShift(trx, shiftId);
    askUnlessConfirmed(
      'shift_has_signups',
      dependentsOf(
        'signup',
        people.map((p) => p.name),
      ),
      confirm,
      `${people.length} ${people.length === 1 ? 'person is' : 'people are'} on this shift. ` +
        'Delete with ?confirm=true to cancel it and notify them.',
    );
    if (people.length > 0) {
      await deliverMessage(trx, {
        conferenceId: conference.id,
        senderId: user.id,
        kind: 'shift-cancelled',
        target: { kind: 'shift', label: `${shift.role_name} · ${shift.place}` },
        shift: snapshotOf(shift),
        body: '',
        recipientIds: people.map((p) => p.id),
        at,
      });
    }
    await coord.deleteShiftRow(trx, shiftId);
    await recordAudit(trx, {
      conferenceId: conference.id,
      userId: user.id,
      action: 'shift.deleted',
      subject: shiftId,
      detail: { shift: snapshotOf(shift), notified: people.length },
      at,
    });
  });
}

/** The shifts the schedule calls for, minus those the role already has at the same place and times. */
async function plan(
  db: Kysely<Database> | Transaction<Database>,
  conference: ConferenceRow,
  user: User,
  input: ShiftGeneration,
) {
  const options = parseOrThrow(shiftGenerationSchema, input, 'generation');
  const role = await requireVolunteerRole(db, conference, options.role);
  assertCoordinates(user, role);
  const rooms = await coord.roomsBySlug(db, conference.id, options.rooms);
  const missing = options.rooms.filter((slug) => !rooms.some((r) => r.slug === slug));
  if (missing.length > 0) {
    throw new HttpProblem('validation_failed', `No room ${missing.join(', ')} in this edition.`, {
      rooms: missing.map((slug) => `No room "${slug}"`),
    });
  }
  const nameOf = new Map(rooms.map((r) => [r.id, r.name]));
  const days = new Set(options.days);
  const sessions = (await coord.sessionsInRooms(db, conference.id, [...nameOf.keys()])).filter(
    (s) => days.size === 0 || days.has(conferenceDayOf(new Date(s.starts_at), conference.time_zone)),
  );
  const generated = shiftsForSessions(
    sessions.map((s) => ({
      code: s.code,
      place: nameOf.get(s.room_id!)!,
      startsAt: s.starts_at,
      endsAt: s.ends_at,
    })),
    options,
  );
  const have = new Set(
    (await coord.shiftTimesOfRole(db, role.id)).map((s) => `${s.place}|${s.starts_at}|${s.ends_at}`),
  );
  const fresh = generated.filter((g) => !have.has(`${g.place}|${g.startsAt}|${g.endsAt}`));
  return { options, role, sessions: sessions.length, fresh, existing: generated.length - fresh.length };
}

export async function previewGeneration(
  db: Kysely<Database>,
  conference: ConferenceRow,
  user: User,
  input: ShiftGeneration,
): Promise<ShiftGenerationPreview> {
  const p = await plan(db, conference, user, input);
  return { count: p.fresh.length, sessions: p.sessions, existing: p.existing, first: p.fresh.slice(0, 5) };
}

export async function generateShifts(
  db: Kysely<Database>,
  clock: Clock,
  conference: ConferenceRow,
  user: User,
  input: ShiftGeneration,
): Promise<Shift[]> {
  const at = toInstant(clock());
  const ids = await db.transaction().execute(async (trx) => {
    const p = await plan(trx, conference, user, input);
    if (p.fresh.length === 0) {
      throw new HttpProblem(
        'no_sessions_match',
        p.sessions === 0
          ? 'No sessions take place in these rooms on these days.'
          : 'Every shift these sessions need already exists.',
      );
    }
    const rows: ShiftsTable[] = p.fresh.map((g: GeneratedShift) => ({
      id: randomUUID(),
      conference_id: conference.id,
      role_id: p.role.id,
      place: g.place,
      starts_at: g.startsAt,
      ends_at: g.endsAt,
      capacity: p.options.capacity,
      description: p.options.description,
      created_at: at,
    }));
    await repo.insertShifts(trx, rows);
    await recordAudit(trx, {
      conferenceId: conference.id,
      userId: user.id,
      action: 'shifts.generated',
      subject: p.role.slug,
      detail: { ...p.options, created: rows.length },
      at,
    });
    return new Set(rows.map((r) => r.id));
  });
  const all = await loadShifts(db, conference, user, clock(), { roleSlug: input.role });
  return all.filter((s) => ids.has(s.id));
}

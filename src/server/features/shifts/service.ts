import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type {
  BulkShifts,
  CreateShift,
  Roster,
  RosterEntry,
  Shift,
  ShiftFilters,
  ShiftList,
  User,
} from '@shared/contract';
import { conferenceDayBounds, conferenceDayOf, toInstant, type Clock } from '@shared/time';
import { expandShiftPattern } from '@shared/volunteers/shift-pattern';
import { signOffDeadline, signupVerdict } from '@shared/volunteers/signup-rules';
import type { ConferenceRow, Database, ShiftsTable } from '../../db/schema';
import { HttpProblem } from '../../http/problem';
import { recordAudit } from '../audit';
import { assertCoordinates, requireVolunteerRole, toProfile } from '../roles';
import * as repo from './repository';
import { loadVolunteerFacts, signupFacts, type VolunteerFacts } from './volunteer-facts';

type Db = Kysely<Database> | Transaction<Database>;

function toShift(
  row: repo.ShiftRowWithRole,
  counts: repo.PlaceCounts | undefined,
  conference: ConferenceRow,
  volunteer: VolunteerFacts | null,
  now: Date,
): Shift {
  return {
    id: row.id,
    role: row.role_slug,
    roleName: row.role_name,
    place: row.place,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    day: conferenceDayOf(new Date(row.starts_at), conference.time_zone),
    capacity: row.capacity,
    description: row.description,
    taken: counts?.taken ?? 0,
    waiting: counts?.waiting ?? 0,
    offered: counts?.offered ?? 0,
    signOffUntil: signOffDeadline(row.starts_at, row.sign_off_deadline_hours),
    mine: volunteer?.signups.get(row.id) ?? null,
    verdict: volunteer ? signupVerdict(signupFacts(row, counts, volunteer, conference, now)) : null,
  };
}

/** Shifts with live counts and, for a logged-in volunteer, their own signup and verdict. */
export async function loadShifts(
  db: Db,
  conference: ConferenceRow,
  user: User | null,
  now: Date,
  query: Omit<repo.ShiftQuery, 'conferenceId'> = {},
): Promise<Shift[]> {
  const [rows, counts, volunteer] = await Promise.all([
    repo.findShiftRows(db, { conferenceId: conference.id, ...query }),
    repo.countPlaces(db, { conferenceId: conference.id, shiftId: query.id }),
    user ? loadVolunteerFacts(db, conference, user.id) : null,
  ]);
  return rows.map((r) => toShift(r, counts.get(r.id), conference, volunteer, now));
}

export async function listShifts(
  db: Kysely<Database>,
  clock: Clock,
  conference: ConferenceRow,
  user: User | null,
  filters: ShiftFilters,
): Promise<ShiftList> {
  const bounds = filters.day ? conferenceDayBounds(filters.day, conference.time_zone) : undefined;
  const now = clock();
  const [all, places] = await Promise.all([
    loadShifts(db, conference, user, now, {
      roleSlug: filters.role,
      place: filters.place,
      startsFrom: bounds && toInstant(bounds.start),
      startsBefore: bounds && toInstant(bounds.end),
    }),
    repo.distinctPlaces(db, conference.id),
  ]);
  const shifts = all.filter(
    (s) =>
      (!filters.mine || s.mine !== null) &&
      (!filters.offered || s.offered > 0) &&
      (!filters.available ||
        // Logged out there is no verdict: "available" then means not started and not full.
        (s.verdict
          ? s.verdict.kind === 'ok'
          : Date.parse(s.startsAt) > now.getTime() && s.taken < s.capacity)),
  );
  return { shifts, places };
}

export async function getShift(
  db: Db,
  conference: ConferenceRow,
  user: User | null,
  now: Date,
  id: string,
): Promise<Shift> {
  const [shift] = await loadShifts(db, conference, user, now, { id });
  if (!shift) throw new HttpProblem('shift_not_found', `There is no shift "${id}".`);
  return shift;
}

/** Organizers, or the coordinator of the shift's role, create shifts. */
async function insertShifts(
  db: Kysely<Database>,
  clock: Clock,
  conference: ConferenceRow,
  user: User,
  fields: { role: string; place: string; capacity: number; description: string },
  times: { startsAt: string; endsAt: string }[],
): Promise<Shift[]> {
  const role = await requireVolunteerRole(db, conference, fields.role);
  assertCoordinates(user, role);
  const now = toInstant(clock());
  const rows: ShiftsTable[] = times.map((t) => ({
    id: randomUUID(),
    conference_id: conference.id,
    role_id: role.id,
    place: fields.place,
    starts_at: t.startsAt,
    ends_at: t.endsAt,
    capacity: fields.capacity,
    description: fields.description,
    created_at: now,
  }));
  await db.transaction().execute(async (trx) => {
    await repo.insertShifts(trx, rows);
    await recordAudit(trx, {
      conferenceId: conference.id,
      userId: user.id,
      action: 'shifts.created',
      subject: role.slug,
      detail: { place: fields.place, capacity: fields.capacity, shifts: rows.map((r) => r.id) },
      at: now,
    });
  });
  const ids = new Set(rows.map((r) => r.id));
  const created = await loadShifts(db, conference, user, clock(), { roleSlug: role.slug });
  return created.filter((s) => ids.has(s.id));
}

export async function createShift(
  db: Kysely<Database>,
  clock: Clock,
  conference: ConferenceRow,
  user: User,
  input: CreateShift,
): Promise<Shift> {
  const [shift] = await insertShifts(db, clock, conference, user, input, [input]);
  return shift!;
}

export function createShiftsFromPattern(
  db: Kysely<Database>,
  clock: Clock,
  conference: ConferenceRow,
  user: User,
  input: BulkShifts,
): Promise<Shift[]> {
  return insertShifts(
    db,
    clock,
    conference,
    user,
    input,
    expandShiftPattern(input.dates, input.slots, conference.time_zone),
  );
}

/** Who is on a shift and who waits, for its coordinator. */
export async function getRoster(
  db: Kysely<Database>,
  clock: Clock,
  conference: ConferenceRow,
  user: User,
  shiftId: string,
): Promise<Roster> {
  const shift = await getShift(db, conference, user, clock(), shiftId);
  const role = await requireVolunteerRole(db, conference, shift.role);
  assertCoordinates(user, role);
  const rows = await repo.rosterRows(db, conference.id, shiftId);
  let waitingSeen = 0;
  const entries: RosterEntry[] = rows.map((r) => ({
    user: { id: r.id, name: r.name, email: r.email },
    profile: r.languages === null ? null : toProfile({ ...r, languages: r.languages }),
    status: r.status,
    position: r.status === 'waiting' ? ++waitingSeen : null,
    attendance: r.attendance,
    signedUpAt: r.created_at,
  }));
  // Those holding a place first, then the waiting list in order.
  entries.sort((a, b) => Number(a.status === 'waiting') - Number(b.status === 'waiting'));
  return { shift, entries };
}

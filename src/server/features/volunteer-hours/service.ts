import type { Kysely } from 'kysely';
import type { HoursPolicy, HoursReport, MyHours, User, VolunteerHours } from '@shared/contract';
import { toInstant, type Clock } from '@shared/time';
import { DEFAULT_HOURS_POLICY, hoursWorked, type WorkedShift } from '@shared/volunteers/hours';
import type { ConferenceRow, Database } from '../../db/schema';
import { HttpProblem } from '../../http/problem';
import { recordAudit } from '../audit';
import { toCsv } from './csv';
import * as repo from './repository';

type Db = Kysely<Database>;

export async function getHoursPolicy(db: Db, conferenceId: string): Promise<HoursPolicy> {
  const row = await repo.findPolicy(db, conferenceId);
  if (!row) return DEFAULT_HOURS_POLICY;
  return {
    nightStart: row.night_start,
    nightEnd: row.night_end,
    nightMultiplier: row.night_multiplier_pct / 100,
  };
}

export async function setHoursPolicy(
  db: Db,
  clock: Clock,
  conference: ConferenceRow,
  user: User,
  policy: HoursPolicy,
): Promise<HoursPolicy> {
  const at = toInstant(clock());
  await db.transaction().execute(async (trx) => {
    await repo.upsertPolicy(trx, {
      conference_id: conference.id,
      night_start: policy.nightStart,
      night_end: policy.nightEnd,
      night_multiplier_pct: Math.round(policy.nightMultiplier * 100),
      updated_at: at,
    });
    await recordAudit(trx, {
      conferenceId: conference.id,
      userId: user.id,
      action: 'volunteers.hours-policy.updated',
      detail: policy,
      at,
    });
  });
  return getHoursPolicy(db, conference.id);
}

/** Organizers see everyone; a coordinator the members and shifts of their own roles. */
async function scopeOf(db: Db, conference: ConferenceRow, user: User): Promise<string | undefined> {
  if (user.roles.includes('organizer')) return undefined;
  if ((await repo.coordinatedRoleCount(db, conference.id, user.id)) === 0) {
    throw new HttpProblem('forbidden', 'Only organizers and role coordinators see volunteer hours.');
  }
  return user.id;
}

export async function hoursReport(db: Db, conference: ConferenceRow, user: User): Promise<HoursReport> {
  const coordinatorId = await scopeOf(db, conference, user);
  const [policy, worked, memberRows] = await Promise.all([
    getHoursPolicy(db, conference.id),
    repo.workedShifts(db, { conferenceId: conference.id, coordinatorId }),
    repo.members(db, { conferenceId: conference.id, coordinatorId }),
  ]);
  const shiftsOf = new Map<string, WorkedShift[]>();
  for (const w of worked) {
    const list = shiftsOf.get(w.user_id) ?? [];
    list.push({ startsAt: w.starts_at, endsAt: w.ends_at });
    shiftsOf.set(w.user_id, list);
  }
  const rolesOf = new Map<string, string[]>();
  for (const m of memberRows) rolesOf.set(m.user_id, [...(rolesOf.get(m.user_id) ?? []), m.role_name]);
  const users = await repo.usersByIds(db, [...new Set([...shiftsOf.keys(), ...rolesOf.keys()])]);
  const volunteers: VolunteerHours[] = users.map((u) => ({
    user: u,
    roles: rolesOf.get(u.id) ?? [],
    ...hoursWorked(shiftsOf.get(u.id) ?? [], policy, conference.time_zone),
  }));
  // Most hours first: who to thank, and who may be overworked.
  volunteers.sort((a, b) => b.creditedHours - a.creditedHours || a.user.name.localeCompare(b.user.name));
  return { policy, volunteers };
}

export function hoursCsv(report: HoursReport): string {
  return toCsv([
    ['name', 'email', 'roles', 'shifts_worked', 'hours', 'night_hours', 'credited_hours'],
    ...report.volunteers.map((v) => [
      v.user.name,
      v.user.email,
      v.roles.join('; '),
      v.shifts,
      v.hours,
      v.nightHours,
      v.creditedHours,
    ]),
  ]);
}

export async function myHours(db: Db, conference: ConferenceRow, user: User): Promise<MyHours> {
  const [policy, worked] = await Promise.all([
    getHoursPolicy(db, conference.id),
    repo.workedShifts(db, { conferenceId: conference.id, userId: user.id }),
  ]);
  const shifts = worked.map((w) => ({ startsAt: w.starts_at, endsAt: w.ends_at }));
  return { policy, totals: hoursWorked(shifts, policy, conference.time_zone) };
}

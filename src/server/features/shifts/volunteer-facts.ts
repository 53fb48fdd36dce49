import type { Kysely, Transaction } from 'kysely';
import type { MembershipStatus, ShiftRef, Signup, VolunteerPolicy } from '@shared/contract';
import type { SignupFacts } from '@shared/volunteers/signup-rules';
import type { ConferenceRow, Database } from '../../db/schema';
import { getPolicy, membershipsOf } from '../roles';
import {
  countNoShows,
  signupsOfVolunteer,
  waitingQueueNumbers,
  type PlaceCounts,
  type ShiftRowWithRole,
} from './repository';

type Db = Kysely<Database> | Transaction<Database>;

/** Everything about one volunteer the sign-up rules need, loaded once per request. */
export interface VolunteerFacts {
  memberships: Map<string, MembershipStatus>;
  signups: Map<string, Signup>;
  /** Shifts where the volunteer holds a place. */
  held: ShiftRef[];
  noShows: number;
  policy: VolunteerPolicy;
}

export async function loadVolunteerFacts(
  db: Db,
  conference: ConferenceRow,
  userId: string,
): Promise<VolunteerFacts> {
  const [memberships, rows, noShows, policy] = await Promise.all([
    membershipsOf(db, conference.id, userId),
    signupsOfVolunteer(db, conference.id, userId),
    countNoShows(db, conference.id, userId),
    getPolicy(db, conference.id),
  ]);
  const waitingOn = rows.filter((r) => r.status === 'waiting');
  const queues = await waitingQueueNumbers(
    db,
    waitingOn.map((r) => r.shift_id),
  );
  const signups = new Map<string, Signup>();
  for (const r of rows) {
    const position =
      r.status === 'waiting'
        ? queues.filter((q) => q.shift_id === r.shift_id && q.queue_number <= r.queue_number).length
        : null;
    signups.set(r.shift_id, {
      shiftId: r.shift_id,
      status: r.status,
      position,
      attendance: r.attendance,
    });
  }
  const held = rows
    .filter((r) => r.status !== 'waiting')
    .map((r) => ({
      id: r.shift_id,
      roleName: r.role_name,
      place: r.place,
      startsAt: r.starts_at,
      endsAt: r.ends_at,
    }));
  return { memberships, signups, held, noShows, policy };
}

export function signupFacts(
  shift: ShiftRowWithRole,
  counts: PlaceCounts | undefined,
  volunteer: VolunteerFacts,
  conference: ConferenceRow,
  now: Date,
  overrideLimits = false,
): SignupFacts {
  return {
    now,
    timeZone: conference.time_zone,
    shift: {
      id: shift.id,
      startsAt: shift.starts_at,
      endsAt: shift.ends_at,
      capacity: shift.capacity,
      taken: counts?.taken ?? 0,
      waiting: counts?.waiting ?? 0,
    },
    role: { slug: shift.role_slug, signupOpensHours: shift.signup_opens_hours },
    membership: volunteer.memberships.get(shift.role_id) ?? null,
    mine: volunteer.signups.get(shift.id)?.status ?? null,
    otherShifts: volunteer.held,
    noShows: volunteer.noShows,
    policy: volunteer.policy,
    overrideLimits,
  };
}

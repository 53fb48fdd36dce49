import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Attendance, Signup, User } from '@shared/contract';
import { localDateAt, localTimeAt, toInstant } from '@shared/time';
import { moveUpVerdict, signOffVerdict, signupVerdict } from '@shared/volunteers/signup-rules';
import type { ConferenceRow, Database } from '../../db/schema';
import type { AppDeps } from '../../deps';
import { HttpProblem } from '../../http/problem';
import { isUniqueViolation } from '../auth';
import { assertCoordinates } from '../roles';
import { refusalProblem } from './refusal';
import * as repo from './repository';
import { loadVolunteerFacts, signupFacts } from './volunteer-facts';

type Deps = Pick<AppDeps, 'db' | 'dbKind' | 'clock'>;
type Trx = Transaction<Database>;

/** Locks the shift (see repo.lockShift) and reads it with its role; 404 when not in this edition. */
async function lockedShift(trx: Trx, deps: Deps, conference: ConferenceRow, shiftId: string) {
  const exists = await repo.lockShift(trx, deps.dbKind, shiftId);
  const [row] = exists ? await repo.findShiftRows(trx, { conferenceId: conference.id, id: shiftId }) : [];
  if (!row) throw new HttpProblem('shift_not_found', `There is no shift "${shiftId}".`);
  return row;
}

const coordinatorCheck = (user: User, shift: repo.ShiftRowWithRole) =>
  assertCoordinates(user, { coordinator_user_id: shift.coordinator_user_id, name: shift.role_name });

async function placeCounts(trx: Trx, conference: ConferenceRow, shiftId: string) {
  return (await repo.countPlaces(trx, { conferenceId: conference.id, shiftId })).get(shiftId);
}

export interface SignUpOptions {
  /** On a full shift, join the waiting list instead of being refused. */
  waitlist: boolean;
  /** Set when a coordinator puts someone on the shift; only then may limits be waived. */
  coordinator?: User;
  overrideLimits?: boolean;
}

/**
 * Takes a place (or a place in line) for `volunteerId`. Capacity is counted inside the
 * transaction holding the shift lock, so concurrent sign-ups for the last place cannot both
 * win; the unique (shift, user) pair turns a double tap into already_signed_up.
 */
export async function signUp(
  deps: Deps,
  conference: ConferenceRow,
  shiftId: string,
  volunteerId: string,
  options: SignUpOptions,
): Promise<Signup> {
  const now = deps.clock();
  try {
    return await deps.db.transaction().execute(async (trx) => {
      await repo.lockVolunteer(trx, deps.dbKind, volunteerId);
      const shift = await lockedShift(trx, deps, conference, shiftId);
      if (options.coordinator) {
        coordinatorCheck(options.coordinator, shift);
        if (!(await repo.userExists(trx, volunteerId))) {
          throw new HttpProblem('user_not_found', `There is no account "${volunteerId}".`);
        }
      }
      const counts = await placeCounts(trx, conference, shiftId);
      const volunteer = await loadVolunteerFacts(trx, conference, volunteerId);
      const override = Boolean(options.coordinator && options.overrideLimits);
      const verdict = signupVerdict(signupFacts(shift, counts, volunteer, conference, now, override));
      const waiting = verdict.kind === 'full' && options.waitlist;
      if (verdict.kind !== 'ok' && !waiting) throw refusalProblem(verdict, conference.time_zone);
      await repo.insertSignup(trx, {
        id: randomUUID(),
        shift_id: shiftId,
        user_id: volunteerId,
        status: waiting ? 'waiting' : 'confirmed',
        queue_number: await repo.nextQueueNumber(trx, shiftId),
        attendance: null,
        attendance_at: null,
        created_at: toInstant(now),
      });
      return {
        shiftId,
        status: waiting ? 'waiting' : 'confirmed',
        position: waiting ? (counts?.waiting ?? 0) + 1 : null,
        attendance: null,
      };
    });
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw new HttpProblem('already_signed_up', 'You already hold a place on this shift or wait for one.');
    }
    throw err;
  }
}

/**
 * Gives freed places to the first eligible volunteers in line, in the transaction that freed
 * them. Someone whose shifts meanwhile clash keeps their place in line and is passed over.
 */
export async function fillFreePlaces(
  trx: Trx,
  conference: ConferenceRow,
  shift: repo.ShiftRowWithRole,
  now: Date,
) {
  const counts = await placeCounts(trx, conference, shift.id);
  let free = shift.capacity - (counts?.taken ?? 0);
  const promoted: string[] = [];
  if (free <= 0) return promoted;
  for (const entry of await repo.signupsInLine(trx, shift.id, 'waiting')) {
    const volunteer = await loadVolunteerFacts(trx, conference, entry.user_id);
    if (moveUpVerdict(signupFacts(shift, counts, volunteer, conference, now)).kind !== 'ok') continue;
    await repo.setSignupStatus(trx, entry.id, 'confirmed');
    promoted.push(entry.user_id);
    if (--free === 0) break;
  }
  return promoted;
}

/** A volunteer leaves a shift or its waiting list; the freed place goes to the next in line. */
export async function signOff(deps: Deps, conference: ConferenceRow, shiftId: string, user: User) {
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const shift = await lockedShift(trx, deps, conference, shiftId);
    const mine = await repo.findSignup(trx, shiftId, user.id);
    if (!mine) throw new HttpProblem('not_signed_up', 'You are not signed up for this shift.');
    const verdict = signOffVerdict({
      now,
      startsAt: shift.starts_at,
      signOffDeadlineHours: shift.sign_off_deadline_hours,
      status: mine.status,
    });
    if (verdict.kind === 'deadline_passed') {
      const at = new Date(verdict.deadline);
      const tz = conference.time_zone;
      throw new HttpProblem(
        'sign_off_deadline_passed',
        `Signing off closed at ${localDateAt(at, tz)} ${localTimeAt(at, tz)} (${tz}). ` +
          'Ask the coordinator, or offer the shift for hand-over.',
      );
    }
    await repo.deleteSignup(trx, mine.id);
    return { promoted: await fillFreePlaces(trx, conference, shift, now) };
  });
}

/** Puts a held place up for grabs; the volunteer stays responsible until someone takes it. */
export async function offerHandover(deps: Deps, conference: ConferenceRow, shiftId: string, user: User) {
  return setOffered(deps, conference, shiftId, user, true);
}

export async function withdrawHandover(deps: Deps, conference: ConferenceRow, shiftId: string, user: User) {
  return setOffered(deps, conference, shiftId, user, false);
}

async function setOffered(
  deps: Deps,
  conference: ConferenceRow,
  shiftId: string,
  user: User,
  offered: boolean,
): Promise<Signup> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const shift = await lockedShift(trx, deps, conference, shiftId);
    const mine = await repo.findSignup(trx, shiftId, user.id);
    if (!mine || mine.status === 'waiting') {
      throw new HttpProblem('not_signed_up', 'You hold no place on this shift.');
    }
    if (now.getTime() >= Date.parse(shift.starts_at)) {
      throw new HttpProblem('shift_started', 'This shift has started; talk to the coordinator.');
    }
    const status = offered ? 'offered-for-handover' : 'confirmed';
    await repo.setSignupStatus(trx, mine.id, status);
    return { shiftId, status, position: null, attendance: mine.attendance };
  });
}

/**
 * Another volunteer takes over the longest-offered place in one step: the offerer's place
 * becomes theirs, so the shift is never short-handed in between.
 */
export async function takeHandover(
  deps: Deps,
  conference: ConferenceRow,
  shiftId: string,
  user: User,
): Promise<Signup> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    await repo.lockVolunteer(trx, deps.dbKind, user.id);
    const shift = await lockedShift(trx, deps, conference, shiftId);
    const offer = (await repo.signupsInLine(trx, shiftId, 'offered-for-handover')).find(
      (s) => s.user_id !== user.id,
    );
    if (!offer) throw new HttpProblem('no_handover_offered', 'Nobody has offered a place on this shift.');
    const volunteer = await loadVolunteerFacts(trx, conference, user.id);
    const counts = await placeCounts(trx, conference, shiftId);
    const verdict = moveUpVerdict(signupFacts(shift, counts, volunteer, conference, now));
    if (verdict.kind !== 'ok') throw refusalProblem(verdict, conference.time_zone);
    await repo.deleteSignup(trx, offer.id);
    const waiting = await repo.findSignup(trx, shiftId, user.id);
    if (waiting) await repo.setSignupStatus(trx, waiting.id, 'confirmed');
    else {
      await repo.insertSignup(trx, {
        id: randomUUID(),
        shift_id: shiftId,
        user_id: user.id,
        status: 'confirmed',
        queue_number: await repo.nextQueueNumber(trx, shiftId),
        attendance: null,
        attendance_at: null,
        created_at: toInstant(now),
      });
    }
    return { shiftId, status: 'confirmed', position: null, attendance: null };
  });
}

/** A coordinator takes someone off a shift at any time (e.g. after the sign-off deadline). */
export async function removeFromShift(
  deps: Deps,
  conference: ConferenceRow,
  shiftId: string,
  coordinator: User,
  userId: string,
) {
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const shift = await lockedShift(trx, deps, conference, shiftId);
    coordinatorCheck(coordinator, shift);
    const entry = await repo.findSignup(trx, shiftId, userId);
    if (!entry) throw new HttpProblem('not_signed_up', 'This volunteer is not on this shift.');
    await repo.deleteSignup(trx, entry.id);
    return { promoted: await fillFreePlaces(trx, conference, shift, now) };
  });
}

/** A coordinator records who came: arrived, worked, or no-show (null clears it). */
export async function recordAttendance(
  deps: Deps,
  conference: ConferenceRow,
  shiftId: string,
  coordinator: User,
  userId: string,
  attendance: Attendance | null,
): Promise<Signup> {
  const [shift] = await repo.findShiftRows(deps.db, { conferenceId: conference.id, id: shiftId });
  if (!shift) throw new HttpProblem('shift_not_found', `There is no shift "${shiftId}".`);
  coordinatorCheck(coordinator, shift);
  const entry = await repo.findSignup(deps.db, shiftId, userId);
  if (!entry || entry.status === 'waiting') {
    throw new HttpProblem('not_signed_up', 'This volunteer holds no place on this shift.');
  }
  await repo.setAttendance(deps.db, entry.id, attendance, attendance ? toInstant(deps.clock()) : null);
  return { shiftId, status: entry.status, position: null, attendance };
}

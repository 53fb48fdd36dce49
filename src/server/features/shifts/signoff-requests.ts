import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { DecideSignoffRequest, SignoffRequest, SignoffRequestList, User } from '@shared/contract';
import { toInstant } from '@shared/time';
import { signOffVerdict } from '@shared/volunteers/signup-rules';
import type { ConferenceRow, Database } from '../../db/schema';
import type { AppDeps } from '../../deps';
import { HttpProblem } from '../../http/problem';
import { recordAudit } from '../audit';
import { assertCoordinates } from '../roles';
import * as repo from './repository';
import { fillFreePlaces } from './signup-service';

/**
 * After the sign-off deadline a volunteer cannot leave a shift alone: they ask the role's
 * coordinator, who approves (the volunteer is signed off and the waiting list moves up, as
 * for any freed place) or declines.
 */

type Deps = Pick<AppDeps, 'db' | 'dbKind' | 'clock'>;
type Db = Kysely<Database> | Transaction<Database>;

function requestQuery(db: Db, conferenceId: string) {
  return db
    .selectFrom('signoff_requests as q')
    .innerJoin('shifts as s', 's.id', 'q.shift_id')
    .innerJoin('volunteer_roles as r', 'r.id', 's.role_id')
    .innerJoin('users as v', 'v.id', 'q.user_id')
    .leftJoin('users as d', 'd.id', 'q.decided_by')
    .selectAll('q')
    .select([
      's.place',
      's.starts_at',
      's.ends_at',
      'r.name as role_name',
      'r.coordinator_user_id',
      'v.name as volunteer_name',
      'v.email as volunteer_email',
      'd.name as decided_by_name',
    ])
    .where('s.conference_id', '=', conferenceId);
}
type RequestRow = Awaited<ReturnType<ReturnType<typeof requestQuery>['executeTakeFirstOrThrow']>>;

function toRequest(row: RequestRow): SignoffRequest {
  return {
    id: row.id,
    shift: {
      id: row.shift_id,
      roleName: row.role_name,
      place: row.place,
      startsAt: row.starts_at,
      endsAt: row.ends_at,
    },
    volunteer: { id: row.user_id, name: row.volunteer_name, email: row.volunteer_email },
    reason: row.reason,
    status: row.status,
    createdAt: row.created_at,
    decidedAt: row.decided_at,
    decidedBy: row.decided_by_name,
  };
}

async function lockedShift(trx: Transaction<Database>, deps: Deps, conference: ConferenceRow, id: string) {
  const exists = await repo.lockShift(trx, deps.dbKind, id);
  const [row] = exists ? await repo.findShiftRows(trx, { conferenceId: conference.id, id }) : [];
  if (!row) throw new HttpProblem('shift_not_found', `There is no shift "${id}".`);
  return row;
}

export async function requestSignoff(
  deps: Deps,
  conference: ConferenceRow,
  shiftId: string,
  user: User,
  reason: string,
): Promise<SignoffRequest> {
  const now = deps.clock();
  const id = randomUUID();
  await deps.db.transaction().execute(async (trx) => {
    const shift = await lockedShift(trx, deps, conference, shiftId);
    const mine = await repo.findSignup(trx, shiftId, user.id);
    if (!mine || mine.status === 'waiting') {
      throw new HttpProblem('not_signed_up', 'You hold no place on this shift.');
    }
    if (now.getTime() >= Date.parse(shift.starts_at)) {
      throw new HttpProblem('shift_started', 'This shift has started; talk to the coordinator in person.');
    }
    const verdict = signOffVerdict({
      now,
      startsAt: shift.starts_at,
      signOffDeadlineHours: shift.sign_off_deadline_hours,
      status: mine.status,
    });
    if (verdict.kind === 'ok') {
      throw new HttpProblem('sign_off_still_open', 'The deadline has not passed: sign off yourself.');
    }
    const pending = await trx
      .selectFrom('signoff_requests')
      .select('id')
      .where('shift_id', '=', shiftId)
      .where('user_id', '=', user.id)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    if (pending) throw new HttpProblem('signoff_request_pending', 'The coordinator has not answered yet.');
    await trx
      .insertInto('signoff_requests')
      .values({
        id,
        shift_id: shiftId,
        user_id: user.id,
        reason,
        status: 'pending',
        created_at: toInstant(now),
        decided_at: null,
        decided_by: null,
      })
      .execute();
  });
  return toRequest(
    await requestQuery(deps.db, conference.id).where('q.id', '=', id).executeTakeFirstOrThrow(),
  );
}

/** The caller's own requests, newest first, and the pending ones they may decide, oldest first. */
export async function listSignoffRequests(
  db: Kysely<Database>,
  conference: ConferenceRow,
  user: User,
): Promise<SignoffRequestList> {
  const [mine, pending] = await Promise.all([
    requestQuery(db, conference.id)
      .where('q.user_id', '=', user.id)
      .orderBy('q.created_at', 'desc')
      .execute(),
    requestQuery(db, conference.id).where('q.status', '=', 'pending').orderBy('q.created_at').execute(),
  ]);
  const organizer = user.roles.includes('organizer');
  return {
    mine: mine.map(toRequest),
    toDecide: pending.filter((r) => organizer || r.coordinator_user_id === user.id).map(toRequest),
  };
}

export async function decideSignoffRequest(
  deps: Deps,
  conference: ConferenceRow,
  requestId: string,
  coordinator: User,
  { decision }: DecideSignoffRequest,
): Promise<SignoffRequest> {
  const now = deps.clock();
  const at = toInstant(now);
  const found = await requestQuery(deps.db, conference.id).where('q.id', '=', requestId).executeTakeFirst();
  if (!found) throw new HttpProblem('signoff_request_not_found', `There is no request "${requestId}".`);
  assertCoordinates(coordinator, { coordinator_user_id: found.coordinator_user_id, name: found.role_name });
  await deps.db.transaction().execute(async (trx) => {
    const shift = await lockedShift(trx, deps, conference, found.shift_id);
    // Read again under the shift lock: two coordinators may answer at the same moment.
    const current = await trx
      .selectFrom('signoff_requests')
      .select('status')
      .where('id', '=', requestId)
      .executeTakeFirstOrThrow();
    if (current.status !== 'pending') {
      throw new HttpProblem('signoff_request_decided', `This request was already ${current.status}.`);
    }
    let promoted: string[] = [];
    if (decision === 'approved') {
      const entry = await repo.findSignup(trx, shift.id, found.user_id);
      if (entry) {
        await repo.deleteSignup(trx, entry.id);
        promoted = await fillFreePlaces(trx, conference, shift, now);
      }
    }
    await trx
      .updateTable('signoff_requests')
      .set({ status: decision, decided_at: at, decided_by: coordinator.id })
      .where('id', '=', requestId)
      .execute();
    await recordAudit(trx, {
      conferenceId: conference.id,
      userId: coordinator.id,
      action: `shift.signoff_request_${decision}`,
      subject: shift.id,
      detail: { volunteer: found.user_id, request: requestId, promoted },
      at,
    });
  });
  return toRequest(
    await requestQuery(deps.db, conference.id).where('q.id', '=', requestId).executeTakeFirstOrThrow(),
  );
}

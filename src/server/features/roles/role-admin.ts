import type { Kysely } from 'kysely';
import type { Role, UpdateRole, User } from '@shared/contract';
import { localDateAt, localTimeAt, toInstant, type Clock } from '@shared/time';
import type { DatabaseKind } from '../../db/connect';
import type { ConferenceRow, Database } from '../../db/schema';
import { askUnlessConfirmed, dependentsOf, refuseWhileDependents } from '../../http/dependents';
import { HttpProblem } from '../../http/problem';
import { recordAudit } from '../audit';
import { deliverMessage } from '../volunteer-messages';
import * as repo from './repository';
import { listRoles, requireVolunteerRole } from './service';

interface AdminDeps {
  db: Kysely<Database>;
  dbKind: DatabaseKind;
  clock: Clock;
}

/**
 * An organizer changes a role's name, rules or coordinator. The slug never changes: invite
 * links, calendar feeds and bookmarks use it. Audited with what it was before.
 */
export async function updateRole(
  deps: AdminDeps,
  conference: ConferenceRow,
  by: User,
  slug: string,
  input: UpdateRole,
): Promise<Role> {
  await deps.db.transaction().execute(async (trx) => {
    const role = await requireVolunteerRole(trx, conference, slug);
    if (input.coordinatorUserId && !(await repo.findUserBrief(trx, input.coordinatorUserId))) {
      throw new HttpProblem('user_not_found', `There is no account "${input.coordinatorUserId}".`, {
        coordinatorUserId: ['No such account'],
      });
    }
    await repo.updateRoleRow(trx, role.id, {
      name: input.name,
      description: input.description,
      access: input.access,
      signup_opens_hours: input.signupOpensHours,
      sign_off_deadline_hours: input.signOffDeadlineHours,
      coordinator_user_id: input.coordinatorUserId,
      coordinator_contact: input.coordinatorContact,
    });
    await recordAudit(trx, {
      conferenceId: conference.id,
      userId: by.id,
      action: 'role.updated',
      subject: role.slug,
      detail: {
        before: {
          name: role.name,
          access: role.access,
          signupOpensHours: role.signup_opens_hours,
          signOffDeadlineHours: role.sign_off_deadline_hours,
          coordinatorUserId: role.coordinator_user_id,
        },
        changes: input,
      },
      at: toInstant(deps.clock()),
    });
  });
  const { roles } = await listRoles(deps.db, conference, by);
  return roles.find((r) => r.slug === slug)!;
}

/**
 * Deletes a role (docs/decisions/0010, "Role editing and deletion"):
 * - nothing depends on it: deleted at once;
 * - a shift of it has attendance recorded: refused (role_has_history), even with confirm, as the
 *   hours report and the no-show limit rely on those rows;
 * - shifts or members: 409 role_in_use with the dependents until `confirm`, which deletes them and
 *   sends everyone on a shift that has not ended a `shift-cancelled` message.
 */
export async function deleteRole(
  deps: AdminDeps,
  conference: ConferenceRow,
  by: User,
  slug: string,
  confirm: boolean,
): Promise<void> {
  const now = deps.clock();
  const at = toInstant(now);
  await deps.db.transaction().execute(async (trx) => {
    const role = await requireVolunteerRole(trx, conference, slug);
    // Sign-ups lock their shift first; locking the role's shifts keeps one from slipping in unnoticed.
    if (deps.dbKind !== 'sqlite') {
      await trx.selectFrom('shifts').select('id').where('role_id', '=', role.id).forUpdate().execute();
    }
    const rows = await repo.roleShiftPeople(trx, role.id);
    const shifts = new Map<
      string,
      { place: string; starts_at: string; ends_at: string; people: string[]; worked: boolean }
    >();
    for (const r of rows) {
      const shift = shifts.get(r.id) ?? {
        place: r.place,
        starts_at: r.starts_at,
        ends_at: r.ends_at,
        people: [],
        worked: false,
      };
      if (r.user_id) shift.people.push(r.user_id);
      if (r.attendance !== null) shift.worked = true;
      shifts.set(r.id, shift);
    }
    const zone = conference.time_zone;
    const named = (list: { place: string; starts_at: string }[]) =>
      list.map((s) => {
        const start = new Date(s.starts_at);
        return `${s.place}, ${localDateAt(start, zone)} ${localTimeAt(start, zone)}`;
      });
    refuseWhileDependents(
      'role_has_history',
      dependentsOf('shift', named([...shifts.values()].filter((s) => s.worked))),
      `Attendance is recorded on shifts of ${role.name}; deleting it would lose hours and no-shows.`,
    );
    const members = await repo.roleMemberNames(trx, role.id);
    askUnlessConfirmed(
      'role_in_use',
      [
        ...dependentsOf('shift', named([...shifts.values()])),
        ...dependentsOf(
          'member',
          members.map((m) => m.name),
        ),
      ],
      confirm,
      `${role.name} has ${shifts.size} shift(s) and ${members.length} member(s). ` +
        'Delete with ?confirm=true to delete them too.',
    );
    let notified = 0;
    for (const s of shifts.values()) {
      if (s.people.length === 0 || s.ends_at <= at) continue;
      notified += s.people.length;
      await deliverMessage(trx, {
        conferenceId: conference.id,
        senderId: by.id,
        kind: 'shift-cancelled',
        target: { kind: 'shift', label: `${role.name} · ${s.place}` },
        shift: { roleName: role.name, place: s.place, startsAt: s.starts_at, endsAt: s.ends_at },
        body: '',
        recipientIds: s.people,
        at,
      });
    }
    await repo.deleteRoleRow(trx, role.id);
    await recordAudit(trx, {
      conferenceId: conference.id,
      userId: by.id,
      action: 'role.deleted',
      subject: role.slug,
      detail: { name: role.name, shifts: shifts.size, members: members.length, notified },
      at,
    });
  });
}

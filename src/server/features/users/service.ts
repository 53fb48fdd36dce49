import type { Kysely } from 'kysely';
import { userRoles, type User, type UserListFilters, type UserRole } from '@shared/contract';
import type { Database } from '../../db/schema';
import { HttpProblem } from '../../http/problem';
import { countOrganizers, findRolesOf, findUserRows, replaceRoles, type UserQuery } from './repository';

async function loadUsers(db: Kysely<Database>, query: UserQuery): Promise<User[]> {
  const rows = await findUserRows(db, query);
  const roles = new Map<string, UserRole[]>();
  for (let i = 0; i < rows.length; i += 500) {
    for (const r of await findRolesOf(
      db,
      rows.slice(i, i + 500).map((u) => u.id),
    )) {
      roles.set(r.user_id, [...(roles.get(r.user_id) ?? []), r.role]);
    }
  }
  // Roles in a stable, meaningful order whatever order the database returns them in.
  const order = (list: UserRole[]) => userRoles.filter((r) => list.includes(r));
  return rows.map((u) => ({ id: u.id, email: u.email, name: u.name, roles: order(roles.get(u.id) ?? []) }));
}

export function listUsers(db: Kysely<Database>, demo: boolean, filters: UserListFilters): Promise<User[]> {
  return loadUsers(db, { includeDemo: demo, role: filters.role, text: filters.q });
}

/**
 * Replaces an account's roles. The check that someone stays organizer runs in the same
 * transaction as the change, so two organizers demoting each other at once cannot both win.
 */
export async function setRoles(
  db: Kysely<Database>,
  demo: boolean,
  userId: string,
  roles: UserRole[],
): Promise<User> {
  await db.transaction().execute(async (trx) => {
    const [target] = await findUserRows(trx, { includeDemo: demo, id: userId });
    if (!target) throw new HttpProblem('user_not_found', `There is no account "${userId}".`);
    await replaceRoles(trx, userId, roles);
    if ((await countOrganizers(trx, demo)) === 0) {
      throw new HttpProblem('last_organizer', 'Make someone else organizer first.');
    }
  });
  const [user] = await loadUsers(db, { includeDemo: demo, id: userId });
  return user!;
}

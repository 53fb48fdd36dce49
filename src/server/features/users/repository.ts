import type { Kysely, Transaction } from 'kysely';
import type { Database, UserRolesTable } from '../../db/schema';
import { containsText } from '../../db/contains';

type Db = Kysely<Database> | Transaction<Database>;

export interface UserQuery {
  includeDemo: boolean;
  role?: UserRolesTable['role'];
  text?: string;
  id?: string;
}

export function findUserRows(db: Db, q: UserQuery) {
  let query = db.selectFrom('users as u').select(['u.id', 'u.email', 'u.name']);
  if (!q.includeDemo) query = query.where('u.is_demo', '=', 0);
  if (q.id) query = query.where('u.id', '=', q.id);
  if (q.role) {
    const role = q.role;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('user_roles as r')
          .select('r.user_id')
          .whereRef('r.user_id', '=', 'u.id')
          .where('r.role', '=', role),
      ),
    );
  }
  if (q.text) {
    const text = q.text;
    query = query.where((eb) => eb.or([containsText('u.name', text), containsText('u.email', text)]));
  }
  return query.orderBy('u.name').orderBy('u.email').execute();
}

export function findRolesOf(db: Db, userIds: string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('user_roles').select(['user_id', 'role']).where('user_id', 'in', userIds).execute();
}

export async function replaceRoles(db: Db, userId: string, roles: UserRolesTable['role'][]): Promise<void> {
  await db.deleteFrom('user_roles').where('user_id', '=', userId).execute();
  if (roles.length > 0) {
    await db
      .insertInto('user_roles')
      .values(roles.map((role) => ({ user_id: userId, role })))
      .execute();
  }
}

/** Organizers who can log in right now (demo ones only count in demo mode). */
export async function countOrganizers(db: Db, includeDemo: boolean): Promise<number> {
  let query = db
    .selectFrom('user_roles as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('r.role', '=', 'organizer');
  if (!includeDemo) query = query.where('u.is_demo', '=', 0);
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.n);
}

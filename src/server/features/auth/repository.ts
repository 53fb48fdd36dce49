import type { Kysely, Transaction } from 'kysely';
import type { UserRole } from '@shared/contract';
import type { Database } from '../../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

export interface NewUser {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  roles: UserRole[];
  isDemo: boolean;
  createdAt: string;
}

/** Inserts a user with its roles atomically: a user without roles would be a dead account. */
export async function createUser(db: Kysely<Database>, user: NewUser): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('users')
      .values({
        id: user.id,
        email: user.email,
        name: user.name,
        password_hash: user.passwordHash,
        is_demo: user.isDemo ? 1 : 0,
        created_at: user.createdAt,
      })
      .execute();
    if (user.roles.length > 0) {
      await trx
        .insertInto('user_roles')
        .values(user.roles.map((role) => ({ user_id: user.id, role })))
        .execute();
    }
  });
}

export function findUserByEmail(db: Db, email: string) {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function findRoles(db: Db, userId: string): Promise<string[]> {
  const rows = await db.selectFrom('user_roles').select('role').where('user_id', '=', userId).execute();
  return rows.map((r) => r.role);
}

/** Whether any account that is not a demo account exists. */
export async function hasRealUsers(db: Db): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').where('is_demo', '=', 0).limit(1).executeTakeFirst();
  return row !== undefined;
}

export async function findExistingEmails(db: Db, emails: string[]): Promise<Set<string>> {
  if (emails.length === 0) return new Set();
  const rows = await db.selectFrom('users').select('email').where('email', 'in', emails).execute();
  return new Set(rows.map((r) => r.email));
}

export interface NewAuthSession {
  id: string;
  userId: string;
  now: string;
  expiresAt: string;
}

export async function insertSession(db: Db, s: NewAuthSession): Promise<void> {
  await db
    .insertInto('auth_sessions')
    .values({ id: s.id, user_id: s.userId, created_at: s.now, expires_at: s.expiresAt, last_seen_at: s.now })
    .execute();
}

/**
 * A live session, its user and the user's roles; expired sessions are not found. One query
 * rather than two (roles came separately) because every API request with a cookie runs it.
 */
export async function findLiveSession(db: Db, id: string, now: string) {
  const rows = await db
    .selectFrom('auth_sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .leftJoin('user_roles as r', 'r.user_id', 'u.id')
    .select([
      's.id',
      's.last_seen_at',
      's.expires_at',
      'u.id as user_id',
      'u.email',
      'u.name',
      'u.is_demo',
      'r.role',
    ])
    .where('s.id', '=', id)
    .where('s.expires_at', '>', now)
    .execute();
  const first = rows[0];
  if (!first) return undefined;
  const { role: _role, ...session } = first;
  return { ...session, roles: rows.flatMap((r) => (r.role === null ? [] : [r.role])) };
}

export async function touchSession(db: Db, id: string, now: string, expiresAt: string): Promise<void> {
  await db
    .updateTable('auth_sessions')
    .set({ last_seen_at: now, expires_at: expiresAt })
    .where('id', '=', id)
    .execute();
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.deleteFrom('auth_sessions').where('id', '=', id).execute();
}

export async function deleteExpiredSessions(db: Db, now: string): Promise<number> {
  const result = await db.deleteFrom('auth_sessions').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Unique-constraint violations on SQLite, Postgres and PGlite alike. */
export function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

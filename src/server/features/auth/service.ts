import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { userRoleSchema, userRoles, type User, type UserRole } from '@shared/contract';
import { toInstant, type Clock } from '@shared/time';
import type { Database } from '../../db/schema';
import { HttpProblem } from '../../http/problem';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './password';
import * as repo from './repository';

export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;
/** How stale last_seen_at may get before a request refreshes it: one write per few minutes, not per request. */
const TOUCH_AFTER_MS = 5 * 60 * 1000;

const byRank = (a: UserRole, b: UserRole) => userRoles.indexOf(a) - userRoles.indexOf(b);

function toUser(row: { id: string; email: string; name: string }, roles: string[]): User {
  // Roles are free text in the database; anything this version does not know grants nothing.
  const known = roles.flatMap((r) => {
    const parsed = userRoleSchema.safeParse(r);
    return parsed.success ? [parsed.data] : [];
  });
  return { id: row.id, email: row.email, name: row.name, roles: known.sort(byRank) };
}

export interface AccountInput {
  email: string;
  name: string;
  password: string;
  roles: UserRole[];
  isDemo?: boolean;
}

/** Creates an account; 409 email_taken when the address is in use (also under a race). */
export async function createAccount(db: Kysely<Database>, clock: Clock, input: AccountInput): Promise<User> {
  const user = { id: randomUUID(), email: input.email.toLowerCase(), name: input.name };
  const passwordHash = await hashPassword(input.password);
  try {
    await repo.createUser(db, {
      ...user,
      passwordHash,
      roles: input.roles,
      isDemo: input.isDemo ?? false,
      createdAt: toInstant(clock()),
    });
  } catch (err) {
    if (repo.isUniqueViolation(err)) throw new HttpProblem('email_taken');
    throw err;
  }
  return { ...user, roles: [...input.roles].sort(byRank) };
}

/** Whether anyone but the demo accounts can log in: a fresh installation has nobody. */
export const hasRealAccounts = (db: Kysely<Database>) => repo.hasRealUsers(db);

/** Which of `emails` already have an account. */
export const existingEmails = (db: Kysely<Database>, emails: string[]) => repo.findExistingEmails(db, emails);

/**
 * The user these credentials belong to, or null. Unknown emails cost a dummy verification
 * and demo accounts outside demo mode fail the same way, so neither is told apart by answer
 * or timing from a wrong password.
 */
export async function authenticate(
  db: Kysely<Database>,
  demo: boolean,
  email: string,
  password: string,
): Promise<User | null> {
  const row = await repo.findUserByEmail(db, email.toLowerCase());
  if (!row) {
    await verifyAgainstDummy(password);
    return null;
  }
  const ok = await verifyPassword(password, row.password_hash);
  if (!ok || (row.is_demo === 1 && !demo)) return null;
  return toUser(row, await repo.findRoles(db, row.id));
}

/** The database keeps only a digest of the token: a leaked backup holds no live session. */
const sessionId = (token: string) => createHash('sha256').update(token).digest('hex');

const expiry = (now: Date) => toInstant(new Date(now.getTime() + SESSION_TTL_MS));

export async function startSession(db: Kysely<Database>, clock: Clock, userId: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const now = clock();
  await repo.insertSession(db, { id: sessionId(token), userId, now: toInstant(now), expiresAt: expiry(now) });
  return token;
}

export interface ResolvedSession {
  user: User;
  /** The session was extended now, so the cookie should be sent again with a fresh Max-Age. */
  extended: boolean;
}

/** The user behind a session token; null when unknown, expired, or a demo user outside demo mode. */
export async function resolveSession(
  db: Kysely<Database>,
  clock: Clock,
  demo: boolean,
  token: string,
): Promise<ResolvedSession | null> {
  const now = clock();
  const id = sessionId(token);
  const row = await repo.findLiveSession(db, id, toInstant(now));
  if (!row || (row.is_demo === 1 && !demo)) return null;
  const extended = now.getTime() - Date.parse(row.last_seen_at) >= TOUCH_AFTER_MS;
  if (extended) await repo.touchSession(db, id, toInstant(now), expiry(now));
  return { user: toUser({ id: row.user_id, email: row.email, name: row.name }, row.roles), extended };
}

export async function endSession(db: Kysely<Database>, token: string): Promise<void> {
  await repo.deleteSession(db, sessionId(token));
}

/** Housekeeping for a periodic job: expired sessions are already ignored, this frees the rows. */
export function purgeExpiredSessions(db: Kysely<Database>, clock: Clock): Promise<number> {
  return repo.deleteExpiredSessions(db, toInstant(clock()));
}

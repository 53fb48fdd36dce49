import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import { getCookie, setCookie } from 'hono/cookie';
import type { Clock } from '@shared/time';
import type { Database } from '../../db/schema';
import type { AppDeps } from '../../deps';
import { secureCookie } from './cookie';
import * as repo from './repository';

export const DEVICE_COOKIE = 'lanyard_device';
const KNOWN_FOR_MS = 90 * 24 * 60 * 60 * 1000;

/**
 * A known device is a browser that logged in to an account with its current password: it
 * carries `userId.issuedAt.mac`, the mac keyed by the account's password hash. No state is
 * kept, every instance can check it, and changing the password forgets every device.
 * Login limits never refuse it because of others' failures (decision 13).
 */
function mac(passwordHash: string, userId: string, issuedAt: number): string {
  return createHmac('sha256', passwordHash)
    .update(`lanyard-known-device\n${userId}\n${issuedAt}`)
    .digest('base64url');
}

export function knownDeviceToken(userId: string, passwordHash: string, now: Date): string {
  const issuedAt = now.getTime();
  return `${userId}.${issuedAt}.${mac(passwordHash, userId, issuedAt)}`;
}

export function isKnownDeviceToken(token: string, userId: string, passwordHash: string, now: Date): boolean {
  const [id, issued, given] = token.split('.');
  const issuedAt = Number(issued);
  if (id !== userId || !Number.isSafeInteger(issuedAt) || given === undefined) return false;
  if (issuedAt > now.getTime() || now.getTime() - issuedAt >= KNOWN_FOR_MS) return false;
  const expected = Buffer.from(mac(passwordHash, userId, issuedAt));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** Whether this request comes from a known device of the account behind `email`. */
export async function fromKnownDevice(c: Context, db: Kysely<Database>, clock: Clock, email: string) {
  const token = getCookie(c, DEVICE_COOKIE);
  if (!token) return false;
  const row = await repo.findUserByEmail(db, email);
  return row !== undefined && isKnownDeviceToken(token, row.id, row.password_hash, clock());
}

/** Marks this browser as a known device of `email`'s account after a successful login. */
export async function rememberDevice(c: Context, deps: AppDeps, email: string): Promise<void> {
  const row = await repo.findUserByEmail(deps.db, email);
  if (!row) return;
  setCookie(c, DEVICE_COOKIE, knownDeviceToken(row.id, row.password_hash, deps.clock()), {
    httpOnly: true,
    sameSite: 'Strict',
    path: '/api/auth',
    secure: secureCookie(c, deps),
    maxAge: KNOWN_FOR_MS / 1000,
  });
}

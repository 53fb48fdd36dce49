import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppDeps } from '../../deps';
import { SESSION_TTL_MS } from './service';

export const SESSION_COOKIE = 'lanyard_session';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Secure unless configured otherwise or served over plain http to this machine (local
 * development). Behind a TLS-terminating proxy the request URL says http, so the default
 * must not depend on the protocol alone.
 */
function secure(c: Context, deps: AppDeps): boolean {
  if (deps.secureCookies !== undefined) return deps.secureCookies;
  const url = new URL(c.req.url);
  return url.protocol === 'https:' || !LOOPBACK.has(url.hostname);
}

export function readSessionCookie(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE) || undefined;
}

export function setSessionCookie(c: Context, deps: AppDeps, token: string): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: secure(c, deps),
    maxAge: SESSION_TTL_MS / 1000,
  });
}

export function clearSessionCookie(c: Context, deps: AppDeps): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: secure(c, deps), httpOnly: true, sameSite: 'Lax' });
}

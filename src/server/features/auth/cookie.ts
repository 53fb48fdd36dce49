import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppDeps } from '../../deps';
import { requestIsHttps } from '../../http/proxy';
import { SESSION_TTL_MS } from './service';

export const SESSION_COOKIE = 'lanyard_session';

export type SecureCookies = 'auto' | 'always' | 'never';

export function parseSecureCookies(value: string | undefined): SecureCookies {
  const text = (value ?? '').trim().toLowerCase();
  if (text === '' || text === 'auto') return 'auto';
  if (text === 'always' || text === 'never') return text;
  throw new Error(`LANYARD_SECURE_COOKIES must be auto, always or never, not "${value}"`);
}

/**
 * Secure only when the browser came over https (directly, or through a trusted proxy that says
 * so in X-Forwarded-Proto): a browser never sends a Secure cookie back over plain http, so a
 * phone on the venue's LAN address would log in and at once be logged out again.
 * LANYARD_SECURE_COOKIES=always|never overrides that guess.
 */
export function secureCookie(c: Context, deps: AppDeps): boolean {
  if (deps.secureCookies !== undefined) return deps.secureCookies;
  const mode = parseSecureCookies(process.env.LANYARD_SECURE_COOKIES);
  return mode === 'auto' ? requestIsHttps(c) : mode === 'always';
}

export function readSessionCookie(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE) || undefined;
}

export function setSessionCookie(c: Context, deps: AppDeps, token: string): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: secureCookie(c, deps),
    maxAge: SESSION_TTL_MS / 1000,
  });
}

export function clearSessionCookie(c: Context, deps: AppDeps): void {
  deleteCookie(c, SESSION_COOKIE, {
    path: '/',
    secure: secureCookie(c, deps),
    httpOnly: true,
    sameSite: 'Lax',
  });
}

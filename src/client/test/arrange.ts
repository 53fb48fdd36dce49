import { DEMO_PASSWORD } from '@shared/demo';
import { mockBackend } from '@mocks/node';

/**
 * Arranging a component test's world through the real server (src/mocks/README.md): as a
 * logged-in user over the API, the way the app itself would, or straight in the database when
 * no endpoint makes the state (a session's recording link from an import, a silent desk).
 */

/** The test server's database (Kysely), for arranging and for reading back what a screen did. */
export async function database() {
  return (await mockBackend()).deps.db;
}

export interface ApiCaller {
  /** A JSON request as this user; the answer as the server gave it. */
  request(path: string, init?: { method?: string; json?: unknown }): Promise<Response>;
}

/**
 * Another browser logged in as `email`: its session is its own, so the page under test stays
 * logged in (or out) as it was.
 */
export async function asUser(email: string, password = DEMO_PASSWORD): Promise<ApiCaller> {
  const { app } = await mockBackend();
  const login = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!login.ok) throw new Error(`Logging in ${email} failed: ${login.status} ${await login.text()}`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return {
    request: (path, { method = 'GET', json } = {}) =>
      app.request(path, {
        method,
        headers: { cookie, ...(json === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(json === undefined ? {} : { body: JSON.stringify(json) }),
      }),
  };
}

/** Moves the server's clock, which the app reads as "now" from every answer. */
export async function setServerNow(at: string | Date): Promise<void> {
  (await mockBackend()).setNow(at);
}

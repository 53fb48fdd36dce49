import { http } from 'msw';
import type { CookieJar } from './cookie-jar';

/** What answers the forwarded requests: the real server's app, running in this context. */
export interface ApiBackend {
  fetch(request: Request): Response | Promise<Response>;
  jar: CookieJar;
}

/**
 * The whole mock API: one MSW handler that hands every /api request to the real server running
 * in this JavaScript context (src/server/platform/embedded.ts), streams included. Nothing here
 * knows a rule of the API; `backend` is looked up per request so tests can swap it.
 */
export function forwardApi(backend: () => ApiBackend | Promise<ApiBackend>) {
  return [
    http.all('*/api/*', async ({ request }) => {
      const target = await backend();
      const response = await target.fetch(withCookies(request, target.jar.header()));
      target.jar.store(response.headers.getSetCookie());
      const headers = new Headers(response.headers);
      headers.delete('set-cookie');
      // A null-body status must be built without a body, or Response refuses it.
      const body = [101, 204, 205, 304].includes(response.status) ? null : response.body;
      return new Response(body, { status: response.status, statusText: response.statusText, headers });
    }),
  ];
}

/**
 * The request as the server should see it, with the jar's cookies. A browser drops a Cookie
 * header given to `new Request`, so there the request is wrapped to answer with our headers;
 * everything else (body, signal, url) is the original's.
 */
function withCookies(request: Request, cookie: string | undefined): Request {
  const headers = new Headers(request.headers);
  if (cookie) headers.set('cookie', cookie);
  else headers.delete('cookie');
  return new Proxy(request, {
    get(target, property) {
      if (property === 'headers') return headers;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { HttpProblem } from './problem';

/**
 * A strict CSP: only our own scripts and styles; players load in frames from the two video
 * hosts a session links to, and only after the attendee asks for them.
 */
const appHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    workerSrc: ["'self'"],
    manifestSrc: ["'self'"],
    mediaSrc: ["'self'", 'blob:'],
    frameSrc: ['https://www.youtube-nocookie.com', 'https://media.ccc.de', 'https://streaming.media.ccc.de'],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
  crossOriginEmbedderPolicy: false,
  referrerPolicy: 'strict-origin-when-cross-origin',
  permissionsPolicy: { camera: ['self'], microphone: [], geolocation: [] },
});

/**
 * The app-wide headers, except that a route which set its own (stricter) CSP keeps it: an
 * uploaded SVG logo is served with `default-src 'none'`, which the app's policy would loosen.
 */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  let routePolicy: string | null = null;
  await appHeaders(c, async () => {
    await next();
    routePolicy = c.res.headers.get('Content-Security-Policy');
  });
  if (routePolicy) c.res.headers.set('Content-Security-Policy', routePolicy);
};

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * CSRF defence by same-origin checks: a state-changing request must not come from another
 * site. Browsers send Origin on every cross-site POST and Sec-Fetch-Site on all modern ones.
 */
export const sameOriginOnly: MiddlewareHandler = async (c, next) => {
  if (UNSAFE.has(c.req.method)) {
    const site = c.req.header('sec-fetch-site');
    const origin = c.req.header('origin');
    const self = new URL(c.req.url).origin;
    const host = c.req.header('host');
    const originHost = origin ? safeHost(origin) : undefined;
    if (site === 'cross-site' || (origin && origin !== self && originHost !== host)) {
      throw new HttpProblem('cross_origin_rejected', 'This request must come from the Lanyard app itself.');
    }
  }
  await next();
};

function safeHost(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

import { Hono, type MiddlewareHandler } from 'hono';
import { compress } from 'hono/compress';
import { etag } from 'hono/etag';
import { makeProblem } from '@shared/contract';
import type { AppDeps, AppEnv } from './deps';
import { sessionUser } from './features/auth';
import { endpointGroups } from './features';
import { publicReads, readCacheFor } from './features/public-cache';
import { routesOf } from './http/endpoint';
import { openapiRoutes } from './openapi/routes';
import { refuseUnstorableUrl } from './http/characters';
import { problemResponse, toProblem } from './http/problem';
import { sameOriginOnly, securityHeaders } from './http/security';
import { spaRoutes } from './http/static';

/** Wraps a middleware so it skips server-sent-event streams, which must not be buffered. */
const exceptStreams =
  (mw: MiddlewareHandler): MiddlewareHandler =>
  (c, next) =>
    c.req.path.endsWith('/stream') ? next() : mw(c, next);

/**
 * Compresses GET answers only. The threshold of hono's compress (1 KB) applies only when a
 * response declares its Content-Length, which c.json does not, so every JSON answer was being
 * gzipped through a stream: for the few hundred bytes a write answers (a scan verdict, a saved
 * list) that costs the server more than it saves on the wire. Large payloads are all GETs.
 */
const compressReads = (mw: MiddlewareHandler): MiddlewareHandler => {
  return (c, next) => (c.req.method === 'GET' ? mw(c, next) : next());
};

export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.use('*', securityHeaders);
  // Public reads (schedule, speakers, sponsors, exports) answered from memory, before the
  // session lookup and compression; misses and everything else go on (decision 16).
  const readCache = readCacheFor(deps);
  if (readCache)
    app.use(
      '/api/conferences*',
      publicReads(deps, readCache, () => app),
    );
  app.use('*', exceptStreams(compressReads(compress())));
  app.use('/api/*', async (c, next) => {
    await next();
    // Other API answers are revalidated every time (unchanged ones come back as 304 by ETag)
    // and are never kept by a shared cache: they may be someone's own or staff-only.
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'private, no-cache');
    // The server's clock, which the app uses for "now" (see src/client/lib/server-clock.ts).
    c.header('Lanyard-Now', deps.clock().toISOString());
  });
  app.use('/api/*', exceptStreams(etag({ weak: true })));
  app.use('/api/*', sameOriginOnly);
  app.use('/api/*', refuseUnstorableUrl);
  app.use('/api/*', sessionUser(deps));

  app.route('/', openapiRoutes());
  for (const group of endpointGroups) app.route('/', routesOf(group, deps));

  app.all('/api/*', (c) =>
    problemResponse(c, makeProblem('not_found', `No API route ${c.req.method} ${c.req.path}.`)),
  );
  if (deps.staticRoot) app.route('/', spaRoutes(deps.staticRoot));

  app.notFound((c) => problemResponse(c, makeProblem('not_found')));
  app.onError((err, c) => {
    const { problem, headers } = toProblem(err);
    if (problem.code === 'database_unavailable') {
      deps.logger.warn('Database unavailable', { path: c.req.path, err: String(err) });
    } else if (problem.status >= 500) deps.logger.error('Unhandled error', { path: c.req.path, err });
    return problemResponse(c, problem, headers);
  });
  return app;
}

export type App = ReturnType<typeof createApp>;

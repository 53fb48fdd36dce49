import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { makeProblem } from '@shared/contract';
import type { AppEnv } from '../deps';
import { problemResponse } from './problem';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const READ_METHODS = new Set(['GET', 'HEAD']);

/**
 * Serves the built SPA: hashed assets cached for a year, everything else revalidated, and
 * index.html for any other GET so client-side routes survive a reload. A missing hashed asset
 * is a 404 (an old chunk after a deploy must not cache the app page under its name), and only
 * GET and HEAD are answered.
 */
export function spaRoutes(staticRoot: string) {
  const root = relative(process.cwd(), staticRoot) || '.';
  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    if (!READ_METHODS.has(c.req.method)) {
      return problemResponse(c, makeProblem('method_not_allowed'), { Allow: 'GET, HEAD' });
    }
    // Build metadata such as .vite/manifest.json is not for the public.
    if (c.req.path.split('/').some((segment) => segment.startsWith('.'))) {
      return problemResponse(c, makeProblem('not_found'));
    }
    await next();
  });
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.ok) c.header('Cache-Control', IMMUTABLE);
  });
  app.use(
    '*',
    serveStatic({
      root,
      precompressed: true,
      onFound: (path, c) => {
        if (!path.includes('/assets/')) c.header('Cache-Control', 'no-cache');
      },
    }),
  );
  // Not found above: a file that is not there, never the app page under its name.
  app.get('/assets/*', (c) => problemResponse(c, makeProblem('not_found')));
  let indexHtml: string | undefined;
  app.get('*', async (c) => {
    indexHtml ??= await readFile(join(staticRoot, 'index.html'), 'utf8');
    c.header('Cache-Control', 'no-cache');
    return c.html(indexHtml);
  });
  return app;
}

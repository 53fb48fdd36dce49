import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { makeProblem } from '@shared/contract';
import type { AppEnv } from '../deps';
import { problemResponse } from './problem';

const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Serves the built SPA: hashed assets cached for a year, everything else revalidated, and
 * index.html for any other GET so client-side routes survive a reload.
 */
export function spaRoutes(staticRoot: string) {
  const root = relative(process.cwd(), staticRoot) || '.';
  const app = new Hono<AppEnv>();
  // Build metadata such as .vite/manifest.json is not for the public.
  app.use('*', async (c, next) => {
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
  let indexHtml: string | undefined;
  app.get('*', async (c) => {
    indexHtml ??= await readFile(join(staticRoot, 'index.html'), 'utf8');
    c.header('Cache-Control', 'no-cache');
    return c.html(indexHtml);
  });
  return app;
}

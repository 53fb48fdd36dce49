import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRoutes } from '@shared/contract';
import { startTestServer, type TestServer } from '../test/harness';

interface OpenApiDocument {
  paths: Record<string, Record<string, unknown>>;
}

interface RouterRoute {
  path: string;
  method: string;
}

/** What of a Hono app this looks at. */
interface RoutedApp {
  routes: RouterRoute[];
  router: { match(method: string, path: string): unknown };
}

/** Hono's router answers [[[handler, route], params], ...] in the order routes were added. */
type RouterMatch = [[[unknown, RouterRoute], unknown][], ...unknown[]];

const isEndpointRoute = (r: RouterRoute) =>
  r.method !== 'ALL' && r.path.startsWith('/api/') && r.path !== apiRoutes.openapi;

/**
 * What the app and its OpenAPI document disagree on. Each documented operation is tried on the
 * app's own router with "sample" for every path parameter: the first route (not middleware)
 * answering it is that operation's route. A registered route no operation reaches first is
 * undocumented, or shadowed by a route registered before it; an operation that reaches
 * nothing is documented but not served. The document does not describe /api/openapi.json.
 */
function disagreements(app: RoutedApp, document: OpenApiDocument): string[] {
  const problems: string[] = [];
  const answeredBy = new Map<string, string[]>();
  for (const [template, methods] of Object.entries(document.paths)) {
    for (const method of Object.keys(methods).map((m) => m.toUpperCase())) {
      const operation = `${method} ${template}`;
      const sample = template.replace(/\{\w+\}/g, 'sample');
      const [matches] = app.router.match(method, sample) as RouterMatch;
      const route = matches.map(([[, r]]) => r).find((r) => r.method === method && isEndpointRoute(r));
      if (!route) {
        problems.push(`${operation} is documented but no route answers it`);
        continue;
      }
      const key = `${route.method} ${route.path}`;
      answeredBy.set(key, [...(answeredBy.get(key) ?? []), operation]);
    }
  }
  const registered = new Set(app.routes.filter(isEndpointRoute).map((r) => `${r.method} ${r.path}`));
  for (const key of registered) {
    const operations = answeredBy.get(key);
    if (!operations)
      problems.push(`${key} is routed but not documented (or an earlier route takes its paths)`);
    else if (operations.length > 1) problems.push(`${key} answers ${operations.join(' and ')}`);
  }
  return problems;
}

describe('every route is documented and every documented operation is routed', () => {
  let server: TestServer;
  let document: OpenApiDocument;
  beforeAll(async () => {
    server = await startTestServer('sqlite', { seed: false });
    document = (await (await server.app.request(apiRoutes.openapi)).json()) as OpenApiDocument;
  });
  afterAll(() => server?.database.dispose());

  it('finds no disagreement in the app', () => {
    expect(Object.keys(document.paths).length).toBeGreaterThan(50);
    expect(disagreements(server.app, document)).toEqual([]);
  });

  it('notices an undocumented route, an unrouted operation and a shadowed one', () => {
    const app = new Hono();
    app.get('/api/conferences/:slug/sessions/:code', (c) => c.text('session'));
    // Registered after the pattern above, which takes every path this one would answer.
    app.get('/api/conferences/:slug/sessions/:file{[A-Za-z0-9_-]+\\.ics}', (c) => c.text('calendar'));
    app.post('/api/undocumented', (c) => c.text('secret'));
    const doc: OpenApiDocument = {
      paths: {
        '/api/conferences/{slug}/sessions/{code}': { get: {} },
        '/api/conferences/{slug}/sessions/{code}.ics': { get: {} },
        '/api/gone': { delete: {} },
      },
    };
    expect(disagreements(app, doc)).toEqual([
      'DELETE /api/gone is documented but no route answers it',
      'GET /api/conferences/:slug/sessions/:code answers GET /api/conferences/{slug}/sessions/{code} and GET /api/conferences/{slug}/sessions/{code}.ics',
      'GET /api/conferences/:slug/sessions/:file{[A-Za-z0-9_-]+\\.ics} is routed but not documented (or an earlier route takes its paths)',
      'POST /api/undocumented is routed but not documented (or an earlier route takes its paths)',
    ]);
  });
});

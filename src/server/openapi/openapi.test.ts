import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test/harness';
import { operations } from './routes';

const concrete = (path: string, value: string) => path.replace(/:(\w+)/g, () => encodeURIComponent(value));

describeEachDatabase(
  'OpenAPI and bad input',
  (server) => {
    it('publishes every operation at /api/openapi.json', async () => {
      const res = await server().client().get('/api/openapi.json');
      expect(res.status).toBe(200);
      const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
      expect(doc.openapi).toBe('3.1.0');
      for (const op of operations) {
        expect(
          doc.paths[op.path.replace(/:(\w+)/g, '{$1}')]?.[op.method],
          `${op.method} ${op.path}`,
        ).toBeDefined();
      }
    });

    // Whatever garbage arrives, every endpoint answers 4xx problem+json, never a 500 or HTML.
    const garbagePathValues = [
      'x'.repeat(300),
      '../../etc/passwd',
      "'; drop table users; --",
      '%00',
      'ÄÖÜ',
      ' ',
    ];
    const garbageBodies: [string, string][] = [
      ['application/json', '{"email": '],
      ['application/json', '[]'],
      ['application/json', 'null'],
      ['application/json', '{"email": 42, "password": {"$gt": ""}}'],
      ['application/json', JSON.stringify({ email: 'a@b.c', password: 'x'.repeat(5000) })],
      ['text/plain', 'hello'],
      ['application/x-www-form-urlencoded', 'email=a%40b.c&password=x'],
    ];

    for (const op of operations.filter((o) => o.path.includes(':'))) {
      it.each(garbagePathValues)(
        `${op.method.toUpperCase()} ${op.path} with path value %j`,
        async (value) => {
          const res = await server()
            .client()
            .request(concrete(op.path, value), { method: op.method.toUpperCase() });
          expect(res.status).toBeGreaterThanOrEqual(400);
          expect(res.status).toBeLessThan(500);
          expect(res.headers.get('content-type')).toMatch(/problem\+json/);
        },
      );
    }

    for (const op of operations.filter((o) => o.body)) {
      it.each(garbageBodies)(`${op.method.toUpperCase()} ${op.path} with %s body %j`, async (type, body) => {
        const res = await server()
          .client()
          .request(concrete(op.path, 'x'), {
            method: op.method.toUpperCase(),
            headers: { 'content-type': type },
            body,
          });
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
        expect(res.headers.get('content-type')).toMatch(/problem\+json/);
      });
    }

    it('answers bad query strings with 400 on every listing', async () => {
      for (const op of operations.filter((o) => o.query)) {
        const res = await server()
          .client()
          .get(`${concrete(op.path, 'matrix-conf-2025')}?day=yesterday&type=%FF&q=${'x'.repeat(500)}`);
        // Guarded listings answer 401 to an anonymous caller before looking at the query.
        expect(res.status, op.path).toBe(op.auth ? 401 : 400);
      }
    });
  },
  {},
  ['sqlite', 'pglite'],
);

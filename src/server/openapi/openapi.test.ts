import { expect, it } from 'vitest';
import { dependentsProblemCodes, isDependentsProblemCode } from '@shared/contract';
import { describeEachDatabase } from '../test/harness';
import { operations } from './routes';

interface OpenApiOperation {
  parameters: { name: string; in: string; required: boolean; schema: unknown }[];
  responses: Record<string, { content: Record<string, { schema: unknown }> } | undefined>;
}

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

    it('documents every 409 with dependents in one shape, and ?confirm on every such DELETE', async () => {
      const doc = (await (await server().client().get('/api/openapi.json')).json()) as {
        paths: Record<string, Record<string, OpenApiOperation>>;
        components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
      };
      expect(Object.keys(doc.components.schemas.DependentsProblem?.properties ?? {})).toEqual(
        expect.arrayContaining(['code', 'dependents', 'confirmable']),
      );
      const answering = operations.filter((o) => o.problems?.some((code) => isDependentsProblemCode(code)));
      // Rooms, tracks, speakers, roles, sponsor tiers, shifts, ticket types, check-in lists.
      expect(answering.map((o) => `${o.method} ${o.path}`).sort()).toHaveLength(8);
      expect(new Set(answering.flatMap((o) => o.problems ?? []).filter(isDependentsProblemCode))).toEqual(
        new Set(dependentsProblemCodes),
      );
      for (const op of answering) {
        const entry = doc.paths[op.path.replace(/:(\w+)/g, '{$1}')]![op.method]!;
        expect(op.method, op.path).toBe('delete');
        expect(entry.responses['409']?.content['application/problem+json']?.schema, op.path).toEqual({
          $ref: '#/components/schemas/DependentsProblem',
        });
        expect(
          entry.parameters.find((p) => p.name === 'confirm'),
          op.path,
        ).toMatchObject({ in: 'query', required: false, schema: { enum: ['true', 'false'] } });
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
      for (const op of operations.filter((o) => o.query && o.method === 'get')) {
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

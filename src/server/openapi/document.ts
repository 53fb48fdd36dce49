import { z } from 'zod';
import {
  dependentsProblemSchema,
  isDependentsProblemCode,
  problemCodes,
  problemSchema,
  PROBLEM_CONTENT_TYPE,
} from '@shared/contract';
import type { Operation } from '../http/endpoint';

type JsonSchema = Record<string, unknown>;

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;

/** "/api/conferences/:slug" -> "/api/conferences/{slug}" */
const toOpenApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

function parametersOf(op: Operation) {
  const params: JsonSchema[] = [...op.path.matchAll(/:(\w+)/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  if (op.query) {
    for (const [name, field] of Object.entries(op.query.shape)) {
      params.push({
        name,
        in: 'query',
        required: !(field as z.ZodType).safeParse(undefined).success,
        schema: jsonSchema(field as z.ZodType, 'input'),
      });
    }
  }
  return params;
}

function responsesOf(op: Operation) {
  const responses: Record<string, JsonSchema> = {};
  for (const [status, schema] of Object.entries(op.responses)) {
    const type = op.produces ?? 'application/json';
    responses[status] = {
      description: status === '204' ? 'No content' : 'Success',
      ...(schema ? { content: { [type]: { schema: jsonSchema(schema, 'output') } } } : {}),
      ...(!schema && op.produces ? { content: { [type]: {} } } : {}),
    };
  }
  const problems = new Set<keyof typeof problemCodes>(op.problems ?? []);
  if (op.query || op.body || op.path.includes(':')) problems.add('validation_failed');
  const shapes = new Map<number, Set<string>>();
  for (const code of problems) {
    const { status, title } = problemCodes[code];
    const existing = responses[status] as { description: string } | undefined;
    // A delete's 409 with dependents has one shape wherever it is answered (decision 0009).
    const shape = isDependentsProblemCode(code) ? 'DependentsProblem' : 'Problem';
    const shapesHere = shapes.get(status) ?? new Set<string>();
    shapes.set(status, shapesHere.add(shape));
    const refs = [...shapesHere].map((name) => ({ $ref: `#/components/schemas/${name}` }));
    responses[status] = {
      description: existing ? `${existing.description}; ${code}` : `${title} (${code})`,
      content: { [PROBLEM_CONTENT_TYPE]: { schema: refs.length === 1 ? refs[0] : { anyOf: refs } } },
    };
  }
  return responses;
}

export function buildOpenApiDocument(operations: Operation[], version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    const path = toOpenApiPath(op.path);
    paths[path] ??= {};
    paths[path][op.method] = {
      summary: op.summary,
      tags: [op.tag],
      operationId: `${op.method}${op.path.replace(/[^a-zA-Z]+(\w)/g, (_, c: string) => c.toUpperCase())}`,
      parameters: parametersOf(op),
      ...(op.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: jsonSchema(op.body, 'input') } },
            },
          }
        : {}),
      responses: responsesOf(op),
      ...(op.auth ? { security: [{ session: [] }] } : {}),
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Lanyard API',
      version,
      description:
        'Conference schedule, sponsors, volunteers and check-in. Errors are RFC 9457 problem+json with a stable `code`.',
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
    },
    paths,
    components: {
      schemas: {
        Problem: jsonSchema(problemSchema, 'output'),
        DependentsProblem: jsonSchema(dependentsProblemSchema, 'output'),
      },
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'lanyard_session' } },
    },
  };
}

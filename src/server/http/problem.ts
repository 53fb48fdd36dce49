import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ZodError, type z } from 'zod';
import {
  PROBLEM_CONTENT_TYPE,
  fieldErrors,
  makeProblem,
  type Problem,
  type ProblemCode,
} from '@shared/contract';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from '../db/faults';

/** Thrown anywhere in a request; the app's error handler turns it into problem+json. */
export class HttpProblem extends Error {
  readonly problem: Problem;
  readonly headers: Record<string, string>;

  constructor(code: ProblemCode, detail?: string, errors?: Record<string, string[]>, headers = {}) {
    super(detail ?? code);
    this.problem = makeProblem(code, detail, errors);
    this.headers = headers;
  }
}

export function problemResponse(c: Context, problem: Problem, headers: Record<string, string> = {}) {
  return c.body(JSON.stringify(problem), problem.status as ContentfulStatusCode, {
    'Content-Type': PROBLEM_CONTENT_TYPE,
    'Cache-Control': 'no-store',
    ...headers,
  });
}

/** Validates `data` or throws a 400 validation_failed naming each bad field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, data: unknown, what = 'request'): z.infer<S> {
  const result = schema.safeParse(data);
  if (!result.success) {
    throw new HttpProblem('validation_failed', `The ${what} has invalid fields.`, fieldErrors(result.error));
  }
  return result.data;
}

export function toProblem(err: unknown): { problem: Problem; headers: Record<string, string> } {
  if (err instanceof HttpProblem) return { problem: err.problem, headers: err.headers };
  if (err instanceof ZodError) {
    return { problem: makeProblem('validation_failed', undefined, fieldErrors(err)), headers: {} };
  }
  if (isDatabaseUnavailable(err)) {
    return {
      problem: makeProblem('database_unavailable'),
      headers: { 'Retry-After': String(DATABASE_RETRY_AFTER_SECONDS) },
    };
  }
  return { problem: makeProblem('internal_error'), headers: {} };
}

import { type Problem } from '@shared/contract/problem';

/** A non-2xx answer from the API, carrying its problem+json so callers can branch on `code`. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: Record<string, string[]> | undefined;
  /**
   * The answer's whole body, extension members included (a delete's `dependents`), for the
   * few readers that know an extension; `problem` itself when there was no other body.
   */
  readonly body: unknown;

  constructor(problem: Problem, body: unknown = problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.code = problem.code;
    this.title = problem.title;
    this.detail = problem.detail;
    this.errors = problem.errors;
    this.body = body;
  }
}

/** The answer could not be understood: not JSON, or not the shape the contract promises. */
export class ResponseShapeError extends Error {
  constructor(
    readonly path: string,
    readonly issues: string,
  ) {
    super(`Unexpected response from ${path}: ${issues}`);
    this.name = 'ResponseShapeError';
  }
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

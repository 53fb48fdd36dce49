import { type Problem, type ProblemCode } from '@shared/contract/problem';
import { ApiError, ResponseShapeError } from './api-error';
import { SERVER_NOW_HEADER, syncServerClock } from './server-clock';
import { type Parser } from './wire/check';
import { problemWire } from './wire/schedule-wire';

export interface ApiInit extends Omit<RequestInit, 'body'> {
  /** Sent as a JSON body with the matching content type. */
  json?: unknown;
  /** A raw body (an uploaded file), sent with the content type the caller gives. */
  body?: Blob;
}

/**
 * Fetches `path` and parses the answer with `schema`, so nothing unchecked crosses into the app.
 * Non-2xx answers throw an ApiError with the server's problem+json (or one made up from the
 * status when a proxy answered instead of the API). `schema` is a zod schema or, on the first
 * screen, one of the lighter checks in ./wire (the same shapes without zod's 26 KB).
 */
export async function apiFetch<T>(path: string, schema: Parser<T>, init: ApiInit = {}): Promise<T> {
  const { json, headers, ...rest } = init;
  const response = await fetch(path, {
    ...rest,
    // Same-origin session cookie; explicit so a future API origin keeps working.
    credentials: 'include',
    headers: {
      accept: 'application/json, application/problem+json',
      ...(json === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    ...(json === undefined ? {} : { body: JSON.stringify(json) }),
  });

  syncServerClock(response.headers.get(SERVER_NOW_HEADER));
  const body = await readBody(response);
  if (!response.ok) throw new ApiError(toProblem(response.status, body), body);

  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ResponseShapeError(path, parsed.error.message);
  return parsed.data;
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function toProblem(status: number, body: unknown): Problem {
  const parsed = problemWire.safeParse(body);
  if (parsed.success) return parsed.data;
  const code = fallbackCode(status);
  return {
    type: `https://lanyard.dev/problems/${code.replaceAll('_', '-')}`,
    title: fallbackTitles[code],
    status,
    code,
  };
}

/**
 * Titles of the codes made up when a proxy answered instead of the API; copies of
 * `problemCodes` (held equal by api-client.test.ts) so the first screen skips the whole table.
 */
export const fallbackTitles = {
  unauthenticated: 'Please log in',
  forbidden: 'You are not allowed to do this',
  not_found: 'Not found',
  rate_limited: 'Too many attempts, try again later',
  internal_error: 'Something went wrong on our side',
  bad_request: 'The request could not be read',
} satisfies Partial<Record<ProblemCode, string>>;

function fallbackCode(status: number): keyof typeof fallbackTitles {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'internal_error';
  return 'bad_request';
}

/** `?a=1&b=2` from the defined values of `params`, sorted so equal filters give equal URLs. */
export function toQueryString(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const key of Object.keys(params).sort()) {
    const value = params[key];
    if (value !== undefined && value !== '') search.set(key, value);
  }
  const query = search.toString();
  return query ? `?${query}` : '';
}

import { makeProblem, problemSchema, type ProblemCode } from '@shared/contract/problem';
import { type z } from 'zod';
import { ApiError, ResponseShapeError } from './api-error';
import { SERVER_NOW_HEADER, syncServerClock } from './server-clock';

export interface ApiInit extends Omit<RequestInit, 'body'> {
  /** Sent as a JSON body with the matching content type. */
  json?: unknown;
}

/**
 * Fetches `path` and parses the answer with `schema`, so nothing unchecked crosses into the app.
 * Non-2xx answers throw an ApiError with the server's problem+json (or one made up from the
 * status when a proxy answered instead of the API).
 */
export async function apiFetch<S extends z.ZodType>(
  path: string,
  schema: S,
  init: ApiInit = {},
): Promise<z.output<S>> {
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
  if (!response.ok) throw new ApiError(toProblem(response.status, body));

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

function toProblem(status: number, body: unknown) {
  const parsed = problemSchema.safeParse(body);
  if (parsed.success) return parsed.data;
  return { ...makeProblem(fallbackCode(status)), status };
}

function fallbackCode(status: number): ProblemCode {
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

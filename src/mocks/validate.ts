import { fieldErrors } from '@shared/contract';
import { HttpResponse } from 'msw';
import { type z } from 'zod';
import { problemResponse } from './problem-response';

type Checked<T> = { ok: true; data: T } | { ok: false; response: Response };

/** Parses a JSON body with the contract's schema: 415, 400 bad_request or validation_failed otherwise. */
export async function readJsonBody<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<Checked<z.output<S>>> {
  if (!request.headers.get('content-type')?.includes('application/json')) {
    return { ok: false, response: problemResponse('unsupported_media_type') };
  }
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return { ok: false, response: problemResponse('bad_request', 'The body is not valid JSON.') };
  }
  return checkInput(schema, body);
}

/** Query strings go through the same schemas as bodies. */
export function readQuery<S extends z.ZodType>(request: Request, schema: S): Checked<z.output<S>> {
  return checkInput(schema, Object.fromEntries(new URL(request.url).searchParams));
}

function checkInput<S extends z.ZodType>(schema: S, input: unknown): Checked<z.output<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  return {
    ok: false,
    response: problemResponse('validation_failed', 'Some fields are not valid.', fieldErrors(parsed.error)),
  };
}

/** A path param, or undefined when it cannot be one (the caller answers the resource's 404). */
export function readParam<S extends z.ZodType>(schema: S, value: string | readonly string[] | undefined) {
  const parsed = schema.safeParse(value);
  return parsed.success ? (parsed.data as z.output<S>) : undefined;
}

/**
 * Answers with `body` after checking it against the response schema, so a drift between the
 * demo data and the contract fails loudly in the mock instead of quietly in the client.
 */
export function respond<S extends z.ZodType>(schema: S, body: z.input<S>, init?: ResponseInit) {
  return HttpResponse.json(schema.parse(body) as never, init);
}

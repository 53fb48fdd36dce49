import type { Context } from 'hono';
import type { z } from 'zod';
import { HttpProblem, parseOrThrow } from './problem';

const MAX_JSON_BYTES = 1_000_000;

/**
 * Reads and validates a JSON body. Requiring application/json also keeps plain HTML forms
 * on other sites from posting here (they cannot send that content type without CORS).
 */
export async function readJson<S extends z.ZodType>(
  c: Context,
  schema: S,
  { maxBytes = MAX_JSON_BYTES }: { maxBytes?: number } = {},
): Promise<z.infer<S>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
    throw new HttpProblem('unsupported_media_type', 'Send the body as application/json.');
  }
  const length = Number(c.req.header('content-length') ?? 0);
  if (length > maxBytes) throw new HttpProblem('payload_too_large');
  const text = await c.req.text();
  if (text.length > maxBytes) throw new HttpProblem('payload_too_large');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new HttpProblem('bad_request', 'The body is not valid JSON.');
  }
  return parseOrThrow(schema, data, 'body');
}

/** Validates path parameters and the query string against schemas from the contract. */
export function readQuery<S extends z.ZodType>(c: Context, schema: S): z.infer<S> {
  return parseOrThrow(schema, c.req.query(), 'query string');
}

import type { MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import { isStorableText } from '@shared/text/storable';
import { HttpProblem } from './problem';

/*
 * Text no database here can store (NUL, lone surrogates: see @shared/text/storable). Every input
 * is checked for them before any handler runs, so the answer is the same 400 on every database
 * instead of a 500 on Postgres (see docs/decisions/0012).
 */
export { isStorableText };

const MESSAGE = 'Contains a NUL character or a lone surrogate, which cannot be stored.';

/** Dotted paths ("scans.0.qr", "" for the whole value) of strings and keys that cannot be stored. */
export function unstorableFields(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return isStorableText(value) ? [] : [path];
  if (typeof value !== 'object' || value === null) return [];
  const out: string[] = [];
  for (const [key, item] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (!isStorableText(key)) out.push(at);
    else out.push(...unstorableFields(item, at));
  }
  return out;
}

/** Throws 400 invalid_characters naming each field, when any is found. */
export function refuseUnstorable(fields: string[], what: string): void {
  if (fields.length === 0) return;
  const errors = Object.fromEntries(fields.map((f) => [f, [MESSAGE]]));
  throw new HttpProblem(
    'invalid_characters',
    `The ${what} contains characters that cannot be stored.`,
    errors,
  );
}

/**
 * Refuses a query string or path carrying unstorable characters, naming the query parameter or
 * the path parameter of the route that would have answered. JSON bodies are checked by readJson.
 */
export const refuseUnstorableUrl: MiddlewareHandler = async (c, next) => {
  // Both can only arrive percent-encoded (HTTP parsers refuse a raw NUL in the request line).
  if (!c.req.url.includes('%')) return next();
  const url = new URL(c.req.url);
  const query: string[] = [];
  for (const [key, value] of url.searchParams) {
    if (!isStorableText(key) || !isStorableText(value)) query.push(key);
  }
  refuseUnstorable(query, 'query string');
  const segments = url.pathname.split('/').map(decodeSegment);
  if (!segments.every(isStorableText)) refuseUnstorable(pathFields(segments, routePatterns(c)), 'path');
  await next();
};

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // malformed escapes stay as they are; the route's own check refuses them
  }
}

function routePatterns(c: Parameters<MiddlewareHandler>[0]): string[] {
  return matchedRoutes(c)
    .filter((r) => r.method === c.req.method || r.method === 'ALL')
    .map((r) => r.path)
    .filter((p) => p.includes(':'));
}

/** The route's parameter names for the bad segments, or "path" when no route explains them. */
function pathFields(segments: string[], patterns: string[]): string[] {
  const pattern = patterns.map((p) => p.split('/')).find((p) => p.length === segments.length);
  return segments.flatMap((segment, i) => {
    if (isStorableText(segment)) return [];
    const name = pattern?.[i]?.match(/^:(\w+)/)?.[1];
    return [name ?? 'path'];
  });
}

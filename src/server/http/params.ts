import type { Context } from 'hono';
import { sessionCodeSchema, slugSchema } from '@shared/contract';
import { parseOrThrow } from './problem';

/** The conference slug from the path, validated (a malformed slug is a 400, not a lookup). */
export function slugParam(c: Context): string {
  return parseOrThrow(slugSchema, c.req.param('slug'), 'conference slug');
}

export function codeParam(c: Context): string {
  return parseOrThrow(sessionCodeSchema, c.req.param('code'), 'code');
}

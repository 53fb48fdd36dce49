import type { Context } from 'hono';
import { deleteQuerySchema, idSchema, localDateSchema } from '@shared/contract';
import { readQuery } from '../../http/body';
import { parseOrThrow } from '../../http/problem';

export const idParam = (c: Context): string => parseOrThrow(idSchema, c.req.param('id'), 'id');

export const dateParam = (c: Context): string => parseOrThrow(localDateSchema, c.req.param('date'), 'date');

/** `?confirm=true`: the caller has seen what depends on the thing and deletes it anyway. */
export const confirmed = (c: Context): boolean => readQuery(c, deleteQuerySchema).confirm === 'true';

import type { Context } from 'hono';
import { idSchema, localDateSchema } from '@shared/contract';
import { parseOrThrow } from '../../http/problem';

export const idParam = (c: Context): string => parseOrThrow(idSchema, c.req.param('id'), 'id');

export const dateParam = (c: Context): string => parseOrThrow(localDateSchema, c.req.param('date'), 'date');

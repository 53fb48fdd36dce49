import type { Context } from 'hono';
import { idSchema } from '@shared/contract';
import { parseOrThrow } from '../../http/problem';

export const shiftIdParam = (c: Context): string => parseOrThrow(idSchema, c.req.param('id'), 'shift id');

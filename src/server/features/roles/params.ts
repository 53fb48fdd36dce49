import type { Context } from 'hono';
import { idSchema, slugSchema } from '@shared/contract';
import { parseOrThrow } from '../../http/problem';

export const roleParam = (c: Context): string => parseOrThrow(slugSchema, c.req.param('role'), 'role slug');

export const userIdParam = (c: Context): string =>
  parseOrThrow(idSchema, c.req.param('userId'), 'account id');

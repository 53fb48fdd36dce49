import { Hono } from 'hono';
import {
  apiRoutes,
  idSchema,
  updateUserRolesSchema,
  userListFiltersSchema,
  type User,
  type UserList,
} from '@shared/contract';
import type { AppDeps, AppEnv } from '../../deps';
import { readJson, readQuery } from '../../http/body';
import { parseOrThrow } from '../../http/problem';
import { requireRole } from '../auth';
import { listUsers, setRoles } from './service';

/** Accounts and their staff roles: organizers only. */
export function userRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .use(apiRoutes.users, requireRole('organizer'))
    .use(`${apiRoutes.users}/*`, requireRole('organizer'))
    .get(apiRoutes.users, async (c) => {
      const body: UserList = {
        users: await listUsers(deps.db, deps.demo, readQuery(c, userListFiltersSchema)),
      };
      return c.json(body, 200, { 'Cache-Control': 'no-store' });
    })
    .put(apiRoutes.userRoles, async (c) => {
      const id = parseOrThrow(idSchema, c.req.param('id'), 'account id');
      const { roles } = await readJson(c, updateUserRolesSchema);
      const body: User = await setRoles(deps.db, deps.demo, id, roles);
      return c.json(body);
    });
}

import {
  apiRoutes,
  idSchema,
  updateUserRolesSchema,
  userListFiltersSchema,
  userListSchema,
  userSchema,
  type User,
  type UserList,
} from '@shared/contract';
import { endpoint, endpointGroup } from '../../http/endpoint';
import { parseOrThrow } from '../../http/problem';
import { listUsers, setRoles } from './service';

/**
 * Accounts and their staff roles: organizers only. The guards cover every path under
 * /api/users, so an unknown one is refused like a known one instead of answering 404.
 */
export const userEndpoints = endpointGroup(
  'users',
  {
    tag: 'users',
    guards: [
      { path: apiRoutes.users, auth: 'organizer' },
      { path: `${apiRoutes.users}/*`, auth: 'organizer' },
    ],
  },
  [
    endpoint({
      method: 'get',
      path: apiRoutes.users,
      summary: 'Accounts with their staff roles',
      query: userListFiltersSchema,
      responses: { 200: userListSchema },
      problems: ['unauthenticated', 'forbidden'],
      auth: 'organizer',
      handler:
        (deps) =>
        async (c, { query }) => {
          const body: UserList = { users: await listUsers(deps.db, deps.demo, query()) };
          return c.json(body, 200, { 'Cache-Control': 'no-store' });
        },
    }),
    endpoint({
      method: 'put',
      path: apiRoutes.userRoles,
      summary: "Set an account's staff roles",
      body: updateUserRolesSchema,
      responses: { 200: userSchema },
      problems: ['unauthenticated', 'forbidden', 'user_not_found', 'last_organizer'],
      auth: 'organizer',
      handler:
        (deps) =>
        async (c, { body }) => {
          const id = parseOrThrow(idSchema, c.req.param('id'), 'account id');
          const { roles } = await body();
          const user: User = await setRoles(deps.db, deps.demo, id, roles);
          return c.json(user);
        },
    }),
  ],
);

import {
  apiRoutes,
  fieldErrors,
  idSchema,
  updateUserRolesSchema,
  type User,
  userListFiltersSchema,
  type UserListFilters,
  userListSchema,
  userRoles,
  type UserRole,
  userSchema,
} from '@shared/contract';
import { http } from 'msw';
import { getMockStore } from '../current-store';
import { problemResponse } from '../problem-response';
import { currentUser, type MockAccount, type MockStore, toUser } from '../store';
import { readJsonBody, readQuery, respond } from '../validate';

/** The server's guard for this feature: 401 for visitors, 403 for anyone but organizers. */
function refuseNonOrganizer(store: MockStore): Response | null {
  const user = currentUser(store);
  if (!user) return problemResponse('unauthenticated');
  if (!user.roles.includes('organizer')) return problemResponse('forbidden');
  return null;
}

/** Roles in the contract's order, as the server returns them whatever order they were sent in. */
const ordered = (roles: readonly UserRole[]) => userRoles.filter((r) => roles.includes(r));

/** Code-unit order, like the database's binary collation the server sorts with. */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The server's list: by role, by a case-insensitive substring of name or email, sorted by name. */
function filterAccounts(accounts: readonly MockAccount[], { role, q }: UserListFilters): User[] {
  const needle = q?.toLowerCase();
  return accounts
    .filter((a) => !role || a.roles.includes(role))
    .filter((a) => !needle || a.name.toLowerCase().includes(needle) || a.email.toLowerCase().includes(needle))
    .map(toUser)
    .sort((a, b) => byCodeUnits(a.name, b.name) || byCodeUnits(a.email, b.email));
}

export const userHandlers = [
  http.get(apiRoutes.users, ({ request }) => {
    const store = getMockStore();
    const refused = refuseNonOrganizer(store);
    if (refused) return refused;
    const filters = readQuery(request, userListFiltersSchema);
    if (!filters.ok) return filters.response;
    return respond(userListSchema, { users: filterAccounts(store.accounts, filters.data) });
  }),

  http.put(apiRoutes.userRoles, async ({ params, request }) => {
    const store = getMockStore();
    const refused = refuseNonOrganizer(store);
    if (refused) return refused;
    const id = idSchema.safeParse(params.id);
    if (!id.success) {
      return problemResponse(
        'validation_failed',
        'The account id has invalid fields.',
        fieldErrors(id.error),
      );
    }
    const body = await readJsonBody(request, updateUserRolesSchema);
    if (!body.ok) return body.response;
    const account = store.accounts.find((a) => a.id === id.data);
    if (!account) return problemResponse('user_not_found', `There is no account "${id.data}".`);
    const roles = ordered(body.data.roles);
    // As in the server's transaction: the change stands only if someone is still organizer.
    const organizers = store.accounts.filter((a) =>
      a === account ? roles.includes('organizer') : a.roles.includes('organizer'),
    );
    if (organizers.length === 0)
      return problemResponse('last_organizer', 'Make someone else organizer first.');
    account.roles = roles;
    return respond(userSchema, toUser(account));
  }),
];

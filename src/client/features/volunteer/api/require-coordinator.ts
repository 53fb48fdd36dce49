import { type Role } from '@shared/contract/role';
import { type User } from '@shared/contract/user';
import { type QueryClient } from '@tanstack/react-query';
import { data, redirect } from 'react-router';
import { meQueryOptions } from '@client/features/auth';
import { coordinates, coordinatesAny } from '../lib/can-coordinate';
import { rolesQueryOptions } from './get-roles';

/**
 * For the coordination screens' loaders: organizers, and anyone named coordinator of a role.
 * Anonymous visitors log in first; others get the 403 the route's error element explains.
 * The server checks every call again; this only spares a volunteer a screen of refusals.
 */
export async function requireCoordinator(
  queryClient: QueryClient,
  request: Request,
  slug: string,
): Promise<{ me: User; roles: Role[] }> {
  const me = await queryClient.ensureQueryData(meQueryOptions());
  if (!me) {
    const url = new URL(request.url);
    throw redirect(`/login?next=${encodeURIComponent(url.pathname + url.search)}`);
  }
  let { roles } = await queryClient.ensureQueryData(rolesQueryOptions(slug, me.id));
  // The cached (or offline-persisted) list may predate the organizer giving them the seat.
  if (!coordinatesAny(me, roles)) ({ roles } = await queryClient.fetchQuery(rolesQueryOptions(slug, me.id)));
  if (!coordinatesAny(me, roles)) throw data({ role: 'organizer' }, { status: 403 });
  return { me, roles: roles.filter((r) => coordinates(me, r)) };
}

/** The roles this user runs: every role for organizers, their own for a coordinator. */
export const coordinatedRoles = (me: User | null | undefined, roles: readonly Role[]): Role[] =>
  roles.filter((r) => coordinates(me, r));

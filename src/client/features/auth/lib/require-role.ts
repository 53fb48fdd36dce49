import { type UserRole, type User } from '@shared/contract/user';
import { type QueryClient } from '@tanstack/react-query';
import { data, redirect } from 'react-router';
import { meQueryOptions } from '../api/get-me';

/** Organizers may do everything the desk does. */
export function hasRole(user: User | null | undefined, role: UserRole): boolean {
  if (!user) return false;
  return user.roles.includes(role) || (role === 'checkin' && user.roles.includes('organizer'));
}

/**
 * For staff route loaders: anonymous visitors go to the login page and come back afterwards;
 * a logged-in user without the role gets a 403 the route's error element explains.
 */
export async function requireRole(queryClient: QueryClient, request: Request, role: UserRole): Promise<User> {
  const user = await queryClient.ensureQueryData(meQueryOptions());
  if (!user) {
    const url = new URL(request.url);
    throw redirect(`/login?next=${encodeURIComponent(url.pathname + url.search)}`);
  }
  if (!hasRole(user, role)) throw data({ role }, { status: 403 });
  return user;
}

import { type Role } from '@shared/contract/role';
import { type User } from '@shared/contract/user';

/** Organizers coordinate every role; others only the roles that name them (as on the server). */
export function coordinates(user: User | null | undefined, role: Role): boolean {
  if (!user) return false;
  return user.roles.includes('organizer') || role.coordinator?.id === user.id;
}

export function coordinatesAny(user: User | null | undefined, roles: readonly Role[]): boolean {
  return Boolean(user?.roles.includes('organizer')) || roles.some((r) => coordinates(user, r));
}

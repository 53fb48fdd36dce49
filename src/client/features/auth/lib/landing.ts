import { type ConferenceSummary } from '@shared/contract/conference';
import { type User } from '@shared/contract/user';
import { hasRole } from './require-role';

/** The sections of a conference that only staff open; a login sent from one returns there. */
const STAFF_SECTIONS = ['check-in', 'volunteer', 'organizer'];

/** The first path segment of `next` when it names one of the listed conferences. */
export function conferenceOfPath(path: string, conferences: readonly { slug: string }[]): string | null {
  const first = decodeURIComponent(path.split(/[?#]/)[0]!.split('/')[1] ?? '');
  return conferences.some((c) => c.slug === first) ? first : null;
}

export function isStaffPath(path: string, conferences: readonly { slug: string }[]): boolean {
  const slug = conferenceOfPath(path, conferences);
  if (!slug) return false;
  const section = path.split(/[?#]/)[0]!.split('/')[2] ?? '';
  return STAFF_SECTIONS.includes(section);
}

/** Where a role does its job: organizers their overview, the desk its desk, volunteers their shifts. */
export function roleHome(user: User, slug: string): string | null {
  if (user.roles.includes('organizer')) return `/${slug}/organizer`;
  if (hasRole(user, 'checkin')) return `/${slug}/check-in`;
  if (user.roles.includes('volunteer')) return `/${slug}/volunteer/mine`;
  return null;
}

/**
 * Where a fresh login goes: back to the staff page that asked for it; else to the role's own
 * screen in the conference `next` was in (or the one running now); else where it was going.
 */
export function landingAfterLogin(
  user: User,
  next: string,
  conferences: readonly ConferenceSummary[],
  current: ConferenceSummary | undefined,
): string {
  if (isStaffPath(next, conferences)) return next;
  const slug = conferenceOfPath(next, conferences) ?? current?.slug;
  return (slug && roleHome(user, slug)) ?? next;
}

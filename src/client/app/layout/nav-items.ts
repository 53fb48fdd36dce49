import { type User } from '@shared/contract/user';
import { hasRole } from '@client/features/auth';
import { type MessageKey } from '@client/i18n';
import { type IconName } from '@client/ui/icons';

export interface NavItem {
  to: string;
  labelKey: MessageKey;
  icon: IconName;
  /** The schedule's index route must not stay active on every child page. */
  end?: boolean;
  /** Left out of the phone's bottom bar (kept in the sidebar), so every label there fits. */
  wideOnly?: boolean;
}

/**
 * The sections a user sees; staff sections appear only for the roles that may open them.
 * A phone's bar holds at most six: an organizer's "Volunteer" moves to the sidebar only (the
 * console has the shifts), so "Schedule" and "Organizer" are never cut short.
 */
export function navItemsFor(slug: string, user: User | null | undefined): NavItem[] {
  const base = `/${slug}`;
  const items: NavItem[] = [
    { to: base, labelKey: 'nav.schedule', icon: 'schedule', end: true },
    { to: `${base}/my`, labelKey: 'nav.mySchedule', icon: 'star' },
    { to: `${base}/sponsors`, labelKey: 'nav.sponsors', icon: 'sponsors' },
    { to: `${base}/videos`, labelKey: 'nav.videos', icon: 'videos' },
    {
      to: `${base}/volunteer`,
      labelKey: 'nav.volunteer',
      icon: 'volunteer',
      wideOnly: hasRole(user, 'organizer'),
    },
  ];
  if (hasRole(user, 'checkin')) {
    items.push({ to: `${base}/check-in`, labelKey: 'nav.checkIn', icon: 'checkIn' });
  }
  if (hasRole(user, 'organizer')) {
    items.push({ to: `${base}/organizer`, labelKey: 'nav.organizer', icon: 'organizer' });
  }
  return items;
}

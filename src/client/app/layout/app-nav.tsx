import { type User } from '@shared/contract/user';
import { NavLink } from 'react-router';
import { t } from '@client/i18n';
import { Icon } from '@client/ui/icons';
import { navItemsFor } from './nav-items';

/**
 * One labelled navigation landmark: a bottom bar on phones (thumb reach), a sidebar from
 * 768px. NavLink sets aria-current="page" on the active item; the bar under it makes the
 * state visible without relying on colour alone.
 */
export function AppNav({ slug, user }: { slug: string; user: User | null | undefined }) {
  const items = navItemsFor(slug, user);
  return (
    <nav
      aria-label={t('nav.label')}
      className="fixed inset-x-0 bottom-0 z-30 border-t border-slate-300 bg-white/95 pb-[env(safe-area-inset-bottom)] backdrop-blur md:sticky md:top-16 md:inset-x-auto md:bottom-auto md:h-[calc(100dvh-4rem)] md:w-56 md:shrink-0 md:border-t-0 md:border-r md:bg-transparent md:p-3 md:pb-3 md:backdrop-blur-none dark:border-slate-700 dark:bg-slate-950/95 md:dark:bg-transparent"
    >
      <ul className="flex md:flex-col md:gap-1">
        {items.map((item) => (
          <li
            key={item.to}
            className={`min-w-0 flex-auto md:flex-none ${item.wideOnly ? 'hidden md:list-item' : ''}`}
          >
            <NavLink
              to={item.to}
              end={item.end ?? false}
              className="group flex flex-col items-center gap-0.5 px-0.5 pt-2 pb-1.5 text-[0.6875rem] leading-tight font-medium text-slate-700 hover:text-slate-950 aria-[current=page]:text-indigo-800 md:flex-row md:gap-3 md:rounded-md md:px-3 md:py-2 md:text-base md:aria-[current=page]:bg-indigo-50 dark:text-slate-300 dark:hover:text-white dark:aria-[current=page]:text-indigo-200 md:dark:aria-[current=page]:bg-indigo-950"
            >
              <Icon name={item.icon} className="h-6 w-6 md:h-5 md:w-5" />
              <span className="max-w-full truncate border-b-2 tracking-tight md:tracking-normal border-transparent group-aria-[current=page]:border-current group-aria-[current=page]:font-bold md:border-b-0">
                {t(item.labelKey)}
              </span>
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

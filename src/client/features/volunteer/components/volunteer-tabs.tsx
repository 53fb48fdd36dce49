import { NavLink } from 'react-router';
import { t } from '@client/i18n';

const tab =
  'inline-flex items-center rounded-md border border-slate-400 px-3 py-1.5 font-medium text-slate-800 hover:bg-slate-100 aria-[current=page]:border-indigo-700 aria-[current=page]:bg-indigo-50 aria-[current=page]:font-bold aria-[current=page]:text-indigo-900 dark:border-slate-500 dark:text-slate-200 dark:hover:bg-slate-800 dark:aria-[current=page]:border-indigo-300 dark:aria-[current=page]:bg-indigo-950 dark:aria-[current=page]:text-indigo-100';

/** The volunteer area's own sections; the roster shows only to those who coordinate. */
export function VolunteerTabs({ slug, showRoster }: { slug: string; showRoster: boolean }) {
  const base = `/${slug}/volunteer`;
  return (
    <nav aria-label={t('volunteer.tabs')} className="mb-5">
      <ul className="flex flex-wrap gap-2">
        <li>
          <NavLink to={base} end className={tab}>
            {t('volunteer.tab.shifts')}
          </NavLink>
        </li>
        <li>
          <NavLink to={`${base}/mine`} className={tab}>
            {t('volunteer.tab.mine')}
          </NavLink>
        </li>
        {showRoster ? (
          <li>
            <NavLink to={`${base}/roster`} className={tab}>
              {t('volunteer.tab.roster')}
            </NavLink>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

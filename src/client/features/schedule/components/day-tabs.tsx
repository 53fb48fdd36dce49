import { type ConferenceDay } from '@shared/contract';
import { Link } from 'react-router';
import { t } from '@client/i18n';
import { formatDay } from '@client/lib/format';

/**
 * Days as links (each day has its own URL to share), marked with aria-current and a heavy
 * underline so the selected day does not depend on colour.
 */
export function DayTabs({
  days,
  selected,
}: {
  days: readonly ConferenceDay[];
  selected: string | undefined;
}) {
  return (
    <nav aria-label={t('schedule.days')} className="-mx-4 mb-4 overflow-x-auto px-4">
      <ul className="flex gap-2">
        {days.map((day) => {
          const current = day.date === selected;
          return (
            <li key={day.date} className="shrink-0">
              <Link
                to={`?day=${day.date}`}
                aria-current={current ? 'page' : undefined}
                className="block rounded-md border border-slate-300 px-3 py-2 text-center text-slate-800 hover:bg-slate-100 aria-[current=page]:border-indigo-700 aria-[current=page]:bg-indigo-700 aria-[current=page]:text-white dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800 dark:aria-[current=page]:border-indigo-300 dark:aria-[current=page]:bg-indigo-300 dark:aria-[current=page]:text-slate-950"
              >
                <span
                  className={`block font-semibold ${current ? 'underline decoration-2 underline-offset-4' : ''}`}
                >
                  {formatDay(day.date)}
                </span>
                <span className="block max-w-40 truncate text-xs">{day.label}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

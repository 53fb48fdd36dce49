import { type ConferenceDay } from '@shared/contract/conference';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { t } from '@client/i18n';
import { formatDay } from '@client/lib/format';
import { Icon } from '@client/ui/icons';

const tab =
  'flex h-full min-h-11 flex-col justify-center rounded-md border border-slate-300 px-3 py-2 text-center text-slate-800 hover:bg-slate-100 aria-[current=page]:border-indigo-700 aria-[current=page]:bg-indigo-700 aria-[current=page]:text-white dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800 dark:aria-[current=page]:border-indigo-300 dark:aria-[current=page]:bg-indigo-300 dark:aria-[current=page]:text-slate-950';

/**
 * "Now & next" and one tab per day, as links (each view has its own URL to share, filters
 * kept), marked with aria-current and an underline so the selection does not rest on colour.
 */
export function ScheduleTabs({
  days,
  selected,
  showNow,
  hrefFor,
}: {
  days: readonly ConferenceDay[];
  /** A day's date, or 'now'. */
  selected: string | undefined;
  showNow: boolean;
  hrefFor: (view: { day: string } | { now: true }) => string;
}) {
  const nav = useRef<HTMLElement>(null);
  // On a phone the row scrolls sideways: bring the selected tab into view, centred.
  useEffect(() => {
    const row = nav.current;
    const current = row?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!row || !current || row.scrollWidth <= row.clientWidth) return;
    const box = row.getBoundingClientRect();
    const tab = current.getBoundingClientRect();
    row.scrollLeft += tab.left - box.left - (box.width - tab.width) / 2;
  }, [selected]);
  const underline = (on: boolean) =>
    `block font-semibold ${on ? 'underline decoration-2 underline-offset-4' : ''}`;
  return (
    <nav ref={nav} aria-label={t('schedule.days')} className="-mx-4 mb-4 overflow-x-auto px-4">
      <ul className="flex gap-2">
        {showNow ? (
          <li className="shrink-0">
            <Link
              to={hrefFor({ now: true })}
              aria-current={selected === 'now' ? 'page' : undefined}
              className={tab}
            >
              <span className={`${underline(selected === 'now')} inline-flex items-center gap-1.5`}>
                <Icon name="live" className="h-4 w-4" />
                {t('schedule.nowNext')}
              </span>
            </Link>
          </li>
        ) : null}
        {days.map((day) => {
          const current = day.date === selected;
          return (
            <li key={day.date} className="shrink-0">
              <Link
                to={hrefFor({ day: day.date })}
                aria-current={current ? 'page' : undefined}
                className={tab}
              >
                <span className={underline(current)}>{formatDay(day.date)}</span>
                <span className="block max-w-40 truncate text-xs">{day.label}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

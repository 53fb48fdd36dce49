import { type Conference } from '@shared/contract/conference';
import { type Session } from '@shared/contract/session';
import { memo, useMemo, useState } from 'react';
import { type SessionChange } from '@client/features/sessions';
import { t } from '@client/i18n';
import { formatDay } from '@client/lib/format';
import { sessionsOnDay } from '../lib/day-sessions';
import { groupByStart } from '../lib/group-by-start';
import { SessionList, type SlotWindow, slotsAfter, WINDOW_SESSIONS } from './session-list';

interface Shared {
  conference: Conference;
  zone: string;
  now: Date;
  changes: ReadonlyMap<string, SessionChange>;
  moves?: ReadonlyMap<string, string>;
}

/**
 * What a search finds on every day of the conference, day by day with each day's count: a
 * Friday talk searched from Thursday is found, not reported missing.
 */
export const SearchResults = memo(function SearchResults({
  sessions,
  query,
  filtersSet,
  ...shared
}: Shared & { sessions: readonly Session[]; query: string; filtersSet: boolean }) {
  const { conference } = shared;
  const days = useMemo(
    () =>
      conference.days
        .map((d) => ({ date: d.date, sessions: sessionsOnDay(sessions, d.date, conference.timeZone) }))
        .filter((d) => d.sessions.length > 0),
    [conference, sessions],
  );
  const total = days.reduce((n, d) => n + d.sessions.length, 0);
  return (
    <section aria-labelledby="search-heading">
      <h2 id="search-heading" className="mb-1 text-xl font-bold text-slate-900 dark:text-slate-50">
        {t('schedule.searchTitle')}
      </h2>
      <p className="mb-4 text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
        {total === 0
          ? filtersSet
            ? t('schedule.noSearchMatchFiltered', { q: query })
            : t('schedule.noSearchMatch', { q: query })
          : t('schedule.searchCount', { count: total, q: query })}
      </p>
      {days.length > 1 ? (
        <ul
          className="-mx-4 mb-4 flex gap-2 overflow-x-auto px-4 md:flex-wrap"
          aria-label={t('schedule.matchesPerDay')}
        >
          {days.map((d) => (
            <li key={d.date} className="shrink-0">
              <a
                href={`#matches-${d.date}`}
                className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3 text-sm text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800"
              >
                {formatDay(d.date)} · {t('schedule.dayMatchCount', { count: d.sessions.length })}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {days.map((d) => (
        <DayMatches key={`${d.date}|${query}`} date={d.date} sessions={d.sessions} {...shared} />
      ))}
    </section>
  );
});

function DayMatches({ date, sessions, ...shared }: Shared & { date: string; sessions: readonly Session[] }) {
  const rooms = shared.conference.rooms;
  const slots = useMemo(() => groupByStart(sessions, rooms), [sessions, rooms]);
  const [win, setWin] = useState<SlotWindow | null>(() =>
    sessions.length > WINDOW_SESSIONS ? { from: 0, to: slotsAfter(slots, 0) } : null,
  );
  return (
    <section aria-labelledby={`matches-${date}`} className="mb-8">
      <h2
        id={`matches-${date}`}
        tabIndex={-1}
        className="mb-3 text-lg font-bold text-slate-900 dark:text-slate-50"
      >
        {formatDay(date, undefined, 'long')}{' '}
        <span className="text-sm font-normal text-slate-600 dark:text-slate-400">
          · {t('schedule.dayMatchCount', { count: sessions.length })}
        </span>
      </h2>
      <SessionList slots={slots} window={win} onWindow={setWin} {...shared} />
    </section>
  );
}

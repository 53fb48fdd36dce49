import { type QueryClient } from '@tanstack/react-query';
import { Suspense, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { type LoaderFunctionArgs, type ShouldRevalidateFunctionArgs, useSearchParams } from 'react-router';
import { conferenceDayOf } from '@shared/time';
import { conferenceQueryOptions, useConference } from '@client/features/conference';
import { LazyChangesNotice, useScheduleChanges, useSeenSnapshot } from '@client/features/my-schedule';
import { sessionsQueryOptions, useMoves, useSessions } from '@client/features/sessions';
import { t } from '@client/i18n';
import { formatDay } from '@client/lib/format';
import { requireParam, useRequiredParam } from '@client/lib/route-params';
import { serverNow } from '@client/lib/server-clock';
import { useMediaQuery } from '@client/lib/use-media-query';
import { useNow } from '@client/lib/use-now';
import { useShownZone } from '@client/lib/use-shown-zone';
import { secondaryButton } from '@client/ui/button-styles';
import { Icon } from '@client/ui/icons';
import { PageHeading } from '@client/ui/page-heading';
import { PageSkeleton } from '@client/ui/skeleton';
import { FilterBar } from '../components/filter-bar';
import { LazyNowNextPanel, LazyScheduleGrid } from '../components/lazy-parts';
import { ScheduleTabs } from '../components/schedule-tabs';
import { SearchResults } from '../components/search-results';
import {
  SessionList,
  type SlotWindow,
  slotId,
  slotsAfter,
  WINDOW_THRESHOLD,
} from '../components/session-list';
import { ZoneSwitch } from '../components/zone-switch';
import { sessionsOnDay } from '../lib/day-sessions';
import { groupByStart } from '../lib/group-by-start';
import { nowSlotIndex } from '../lib/now-slot';
import { pickDay } from '../lib/pick-day';
import {
  activeFilterCount,
  applyFilters,
  readFilters,
  type ScheduleFilters,
  writeFilters,
} from '../lib/schedule-filters';

/** One query for the whole conference: days, filters and search all work on this cached list. */
export const scheduleLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const slug = requireParam(params, 'slug');
    await Promise.all([
      queryClient.ensureQueryData(conferenceQueryOptions(slug)),
      queryClient.ensureQueryData(sessionsQueryOptions(slug)),
    ]);
    return null;
  };

/** Filters and days change only the search params: the data is already cached, no loader needed. */
export function scheduleShouldRevalidate({
  currentUrl,
  nextUrl,
  defaultShouldRevalidate,
}: ShouldRevalidateFunctionArgs) {
  return currentUrl.pathname === nextUrl.pathname ? false : defaultShouldRevalidate;
}

const GRID_MAX_ROOMS = 12;
const QUERY_URL_DELAY = 400;

export function ScheduleRoute() {
  const slug = useRequiredParam('slug');
  const [search, setSearch] = useSearchParams();
  const conference = useConference(slug);
  const all = useSessions(slug);
  const now = useNow();
  const { zone, mode } = useShownZone(conference.timeZone);
  const wide = useMediaQuery('(min-width: 1024px)');
  const { changes, markAllSeen } = useScheduleChanges(conference, all);
  const moves = useMoves(conference, useSeenSnapshot(slug)?.version, zone);

  const today = conferenceDayOf(now, conference.timeZone);
  const running = conference.days.some((d) => d.date === today);
  const requestedDay = search.get('day');
  // During the conference the first screen is what is on now and next, with today's list
  // below it; a day tab shows that day's list alone.
  const view = running && (search.get('view') === 'now' || !requestedDay) ? 'now' : 'day';
  const day = view === 'now' ? today : pickDay(conference, requestedDay, now);

  // The search box runs ahead of the URL while typing; a URL change from elsewhere (back) wins.
  const filters = readFilters(search);
  const [query, setQuery] = useState(filters.q);
  const [urlQuery, setUrlQuery] = useState(filters.q);
  // The search text last written to the URL by typing: when it lands it must not reset the box,
  // which may already hold more keystrokes.
  const [writtenQuery, setWrittenQuery] = useState<string | null>(null);
  if (filters.q !== urlQuery) {
    setUrlQuery(filters.q);
    if (filters.q !== writtenQuery) setQuery(filters.q);
  }
  const deferredQuery = useDeferredValue(query);
  const filterKey = search.toString();
  const filtered = useMemo(
    () => applyFilters(conference, all, { ...readFilters(new URLSearchParams(filterKey)), q: deferredQuery }),
    [conference, all, filterKey, deferredQuery],
  );
  const languages = useMemo(() => [...new Set(all.map((s) => s.language))].sort(), [all]);
  const dayAll = useMemo(
    () => (day ? sessionsOnDay(all, day, conference.timeZone) : []),
    [all, day, conference.timeZone],
  );
  const daySessions = useMemo(
    () => (day ? sessionsOnDay(filtered, day, conference.timeZone) : []),
    [filtered, day, conference.timeZone],
  );
  const slots = useMemo(() => groupByStart(daySessions, conference.rooms), [daySessions, conference.rooms]);
  const useGrid =
    wide &&
    daySessions.length <= WINDOW_THRESHOLD &&
    new Set(daySessions.map((s) => s.roomId)).size <= GRID_MAX_ROOMS;
  const windowed = !useGrid && daySessions.length > WINDOW_THRESHOLD;

  // The list's window belongs to one day and filter set; any other key starts from the top.
  const filterString = writeFilters(new URLSearchParams(), { ...filters, q: '' }).toString();
  const windowKey = (d: string | undefined) => `${d}|${filterString}|${deferredQuery}`;
  const [winState, setWinState] = useState<{ key: string; win: SlotWindow } | null>(null);
  const currentKey = windowKey(day);
  const win = winState?.key === currentKey ? winState.win : null;
  const effectiveWindow = useMemo(
    () => (windowed ? (win ?? { from: 0, to: slotsAfter(slots, 0) }) : null),
    [windowed, win, slots],
  );
  const setWin = useCallback((next: SlotWindow) => setWinState({ key: currentKey, win: next }), [currentKey]);

  // Refining the same page keeps the scroll position (a new page opens at its top).
  const update = (next: ScheduleFilters) =>
    setSearch(writeFilters(search, next), { replace: true, preventScrollReset: true });
  // Typing updates the box at once and the list as a deferred render; the URL (a router
  // navigation that re-renders the whole shell) follows once typing pauses, so keystrokes stay fast.
  const urlWrite = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(urlWrite.current), []);
  const onQuery = (q: string) => {
    setQuery(q);
    clearTimeout(urlWrite.current);
    urlWrite.current = setTimeout(() => {
      setWrittenQuery(q);
      setSearch((current) => writeFilters(current, { ...readFilters(current), q }), {
        replace: true,
        preventScrollReset: true,
      });
    }, QUERY_URL_DELAY);
  };
  const hrefFor = (target: { day: string } | { now: true }) => {
    const next = new URLSearchParams(search);
    next.delete('day');
    next.delete('view');
    if ('now' in target) next.set('view', 'now');
    else next.set('day', target.day);
    return `?${next.toString()}`;
  };

  // Jump to now: open today at the slot that is running, then scroll and move focus there.
  // The request is state, so the page renders (and the effect below runs) even when today is
  // already shown and nothing else changes.
  const jumpTarget = useRef<string | null>(null);
  const [jumpRequest, setJumpRequest] = useState(0);
  const jumpToNow = () => {
    const todaySlots =
      day === today
        ? slots
        : groupByStart(sessionsOnDay(filtered, today, conference.timeZone), conference.rooms);
    let index = nowSlotIndex(todaySlots, serverNow());
    if (index < 0) index = todaySlots.length - 1;
    const slot = todaySlots[index];
    const todayCount = todaySlots.reduce((n, s) => n + s.sessions.length, 0);
    if (slot && todayCount > WINDOW_THRESHOLD) {
      setWinState({ key: windowKey(today), win: { from: index, to: slotsAfter(todaySlots, index) } });
    }
    jumpTarget.current = slot ? slotId(slot.startsAt) : null;
    setJumpRequest((n) => n + 1);
    if (day !== today) setSearch(hrefFor({ day: today }).slice(1), { preventScrollReset: true });
  };
  useEffect(() => {
    const target = jumpTarget.current;
    if (!target) return;
    const heading = document.getElementById(target);
    const line = document.querySelector<HTMLElement>('[data-now-line]');
    const el = useGrid ? line : heading;
    if (!el) return;
    jumpTarget.current = null;
    el.scrollIntoView?.({ block: useGrid ? 'center' : 'start' });
    if (heading && !useGrid) heading.focus({ preventScroll: true });
  }, [jumpRequest, day, useGrid, slots, effectiveWindow]);

  const dayInfo = conference.days.find((d) => d.date === day);
  // A search spans every day (with per-day counts); filters alone narrow the day shown.
  const searching = deferredQuery.trim() !== '';
  const filteredCount = activeFilterCount(filters) > 0;

  return (
    <>
      <PageHeading>{t('schedule.title')}</PageHeading>
      <ScheduleTabs
        days={conference.days}
        selected={view === 'now' ? 'now' : day}
        showNow={running}
        hrefFor={hrefFor}
      />
      <LazyChangesNotice
        conference={conference}
        sessions={all}
        changes={changes}
        zone={zone}
        onSeen={markAllSeen}
      />
      {view === 'now' ? (
        <div className="mb-6">
          <Suspense fallback={<PageSkeleton />}>
            <LazyNowNextPanel conference={conference} sessions={filtered} zone={zone} now={now} />
          </Suspense>
        </div>
      ) : null}
      <FilterBar
        conference={conference}
        languages={languages}
        filters={filters}
        query={query}
        onQuery={onQuery}
        onChange={update}
      />
      <ZoneSwitch zone={zone} mode={mode} at={slots[0]?.startsAt ?? now} />
      {searching ? (
        <SearchResults
          sessions={filtered}
          query={deferredQuery.trim()}
          filtersSet={activeFilterCount(filters) > 0}
          conference={conference}
          zone={zone}
          now={now}
          changes={changes}
          moves={moves}
        />
      ) : (
        <section aria-labelledby="day-heading">
          <div className="mb-1 flex flex-wrap items-center justify-between gap-2">
            <h2 id="day-heading" className="text-xl font-bold text-slate-900 dark:text-slate-50">
              {day ? formatDay(day, undefined, 'long') : null}
            </h2>
            {running ? (
              <button type="button" className={`${secondaryButton} gap-1.5`} onClick={jumpToNow}>
                <Icon name="live" className="h-4 w-4" />
                {t('schedule.jumpToNow')}
              </button>
            ) : null}
          </div>
          <p className="mb-4 text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
            {[
              dayInfo?.label,
              dayInfo?.note,
              filteredCount
                ? t('schedule.matchCount', { count: daySessions.length, total: dayAll.length })
                : t('schedule.sessionCount', { count: daySessions.length }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
          {daySessions.length === 0 ? (
            <p className="text-slate-700 dark:text-slate-300">
              {filteredCount ? t('schedule.noMatch') : t('schedule.empty')}
            </p>
          ) : useGrid ? (
            <Suspense fallback={<PageSkeleton />}>
              <LazyScheduleGrid
                sessions={daySessions}
                conference={conference}
                zone={zone}
                now={now}
                changes={changes}
              />
            </Suspense>
          ) : (
            <SessionList
              slots={slots}
              conference={conference}
              zone={zone}
              now={now}
              window={effectiveWindow}
              onWindow={setWin}
              changes={changes}
              moves={moves}
            />
          )}
        </section>
      )}
    </>
  );
}

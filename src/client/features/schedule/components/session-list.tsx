import { type Conference } from '@shared/contract/conference';
import { memo, useEffect, useRef } from 'react';
import { SessionCard, type SessionChange } from '@client/features/sessions';
import { t } from '@client/i18n';
import { standaloneLink } from '@client/ui/button-styles';
import { formatTime } from '@client/lib/format';
import { type TimeSlot } from '../lib/group-by-start';
import { isRunning } from '@client/lib/session-time';

/** Above this many sessions the list renders a window of slots and grows it while scrolling. */
export const WINDOW_THRESHOLD = 200;
/** Roughly how many sessions a window grows by: a few screens' worth. */
export const WINDOW_SESSIONS = 60;

export interface SlotWindow {
  from: number;
  to: number;
}

/** The slot index after `from` once at least `count` sessions are in (one slot at least). */
export function slotsAfter(slots: readonly TimeSlot[], from: number, count = WINDOW_SESSIONS): number {
  let end = from;
  let n = 0;
  while (end < slots.length && (n < count || end === from)) n += slots[end++]!.sessions.length;
  return end;
}

/** The slot index before `to` holding at least `count` sessions (one slot at least). */
export function slotsBefore(slots: readonly TimeSlot[], to: number, count = WINDOW_SESSIONS): number {
  let start = to;
  let n = 0;
  while (start > 0 && (n < count || start === to)) n += slots[--start]!.sessions.length;
  return start;
}

export const slotId = (startsAt: string) => `slot-${startsAt.replace(/[^0-9A-Za-z]/g, '')}`;

/**
 * Sessions grouped by start time. For big schedules only a window of slots is in the DOM: a
 * sentinel below it widens the window as it scrolls into view, and a button above it brings
 * earlier slots back after a jump to now. Memoised: a keystroke in the search box re-renders
 * the route at once, the list only when the deferred results change.
 */
export const SessionList = memo(function SessionList({
  slots,
  conference,
  zone,
  now,
  window: win,
  onWindow,
  changes,
  moves,
}: {
  slots: readonly TimeSlot[];
  conference: Conference;
  zone: string;
  now: Date;
  window: SlotWindow | null;
  onWindow: (next: SlotWindow) => void;
  changes: ReadonlyMap<string, SessionChange>;
  moves?: ReadonlyMap<string, string>;
}) {
  const sentinel = useRef<HTMLDivElement>(null);
  const from = win?.from ?? 0;
  const to = win ? Math.min(win.to, slots.length) : slots.length;
  const more = to < slots.length;

  useEffect(() => {
    const el = sentinel.current;
    if (!el || !more || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) onWindow({ from, to: slotsAfter(slots, to) });
      },
      { rootMargin: '800px 0px' },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [from, to, more, onWindow, slots]);

  return (
    <>
      {from > 0 ? (
        <button
          type="button"
          className={`${standaloneLink} mb-4`}
          onClick={() => onWindow({ from: slotsBefore(slots, from), to })}
        >
          {t('schedule.showEarlier')}
        </button>
      ) : null}
      <ol className="space-y-6">
        {slots.slice(from, to).map((slot) => (
          <li key={slot.startsAt} aria-labelledby={slotId(slot.startsAt)}>
            {/* The time stays in sight while its slot scrolls, as a band across the page
                right under the header: opaque and above every card layer (the star and the
                title's tap area are positioned), so cards slide beneath it as beneath the
                header, and nothing shows through or pokes over the time. */}
            <h3
              id={slotId(slot.startsAt)}
              tabIndex={-1}
              style={{ scrollMarginTop: '4.5rem' }}
              data-slot-label
              className="sticky top-14 z-20 -mx-4 mb-2 border-b border-slate-200 bg-slate-50 px-4 py-1.5 text-sm font-bold tracking-wide text-slate-700 tabular-nums md:top-16 md:-mx-8 md:px-8 dark:border-slate-800 dark:bg-slate-950 dark:text-slate-300"
            >
              <time dateTime={slot.startsAt}>{formatTime(slot.startsAt, zone)}</time>
            </h3>
            <ul className="space-y-3">
              {slot.sessions.map((session) => (
                // Off-screen cards skip layout and paint (a 70-room slot is 70 cards); they stay
                // in the DOM, so find-in-page, screen readers and keyboard focus still reach them.
                <li
                  key={session.code}
                  className="[contain-intrinsic-size:auto_8rem] [content-visibility:auto]"
                >
                  <SessionCard
                    session={session}
                    conference={conference}
                    zone={zone}
                    headingLevel={4}
                    live={isRunning(session, now)}
                    change={changes.get(session.code) ?? null}
                    movedFrom={moves?.get(session.code)}
                  />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      {more ? (
        <div ref={sentinel} className="mt-4">
          <button
            type="button"
            className={standaloneLink}
            onClick={() => onWindow({ from, to: slotsAfter(slots, to) })}
          >
            {t('schedule.showMore')}
          </button>
        </div>
      ) : null}
    </>
  );
});

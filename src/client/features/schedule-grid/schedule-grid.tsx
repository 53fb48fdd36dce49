import { type Conference } from '@shared/contract/conference';
import { type Session } from '@shared/contract/session';
import { useRef } from 'react';
import { Link } from 'react-router';
import { StarButton } from '@client/features/my-schedule';
import { type SessionChange, StatusBadges, TrackLabel, sessionPlace } from '@client/features/sessions';
import { t } from '@client/i18n';
import { formatTime, formatTimeRange } from '@client/lib/format';
import { isRunning } from '@client/lib/session-time';
import { cardFit, GRID_ROW_REM } from './card-fit';

const STEP_MS = 5 * 60_000;
const HALF_HOUR_MS = 30 * 60_000;
const NO_ROOM = '';

/**
 * The day as a room-by-time grid for wide screens: one column per room, one row per five
 * minutes. The DOM order stays start time then room, so reading order matches the list.
 *
 * The room names are a row of their own above the grid, sticky under the app header while the
 * page scrolls the day. They cannot be inside the grid: the grid scrolls sideways when rooms
 * outnumber the width, and a sticky element sticks to its nearest scrolling box, which would
 * make them stick to that box (which never scrolls down) instead of the page. The row follows
 * the grid's sideways scroll instead, with the same columns. Layers in the grid, bottom to top:
 * the half-hour lines, the cards, the "now" line (which lets clicks through).
 */
export function ScheduleGrid({
  sessions,
  conference,
  zone,
  now,
  changes,
}: {
  sessions: readonly Session[];
  conference: Conference;
  zone: string;
  now: Date;
  changes: ReadonlyMap<string, SessionChange>;
}) {
  const head = useRef<HTMLDivElement>(null);
  if (sessions.length === 0) return null;
  const roomIds = new Set(sessions.map((s) => s.roomId ?? NO_ROOM));
  const rooms = [...conference.rooms]
    .sort((a, b) => a.position - b.position)
    .filter((r) => roomIds.has(r.id))
    .map((r) => ({ id: r.id, name: r.name }));
  if (roomIds.has(NO_ROOM)) rooms.push({ id: NO_ROOM, name: t('session.noRoom') });
  const column = new Map(rooms.map((r, i) => [r.id, i + 2]));

  const start =
    Math.floor(Math.min(...sessions.map((s) => Date.parse(s.startsAt))) / HALF_HOUR_MS) * HALF_HOUR_MS;
  const end = Math.ceil(Math.max(...sessions.map((s) => Date.parse(s.endsAt))) / HALF_HOUR_MS) * HALF_HOUR_MS;
  const row = (ms: number) => Math.round((ms - start) / STEP_MS) + 1;
  const marks: number[] = [];
  for (let at = start; at < end; at += HALF_HOUR_MS) marks.push(at);
  const nowMs = now.getTime();
  const sorted = [...sessions].sort(
    (a, b) =>
      a.startsAt.localeCompare(b.startsAt) ||
      (column.get(a.roomId ?? NO_ROOM) ?? 0) - (column.get(b.roomId ?? NO_ROOM) ?? 0),
  );

  const columns = `4rem repeat(${rooms.length}, minmax(11rem, 1fr))`;
  return (
    <div className="rounded-lg border border-slate-300 dark:border-slate-700" data-testid="schedule-grid">
      <div
        ref={head}
        className="sticky top-16 z-30 overflow-hidden rounded-t-lg border-b border-slate-300 bg-slate-50 dark:border-slate-700 dark:bg-slate-950"
      >
        <div className="grid" style={{ gridTemplateColumns: columns }}>
          <div aria-hidden="true" />
          {rooms.map((room) => (
            <div
              key={room.id}
              data-room-header
              className="px-2 py-2 text-sm font-bold text-slate-900 dark:text-slate-50"
            >
              {room.name}
            </div>
          ))}
        </div>
      </div>
      <div
        className="overflow-x-auto"
        onScroll={(e) => {
          if (head.current) head.current.scrollLeft = e.currentTarget.scrollLeft;
        }}
      >
        <div
          className="grid"
          style={{
            gridTemplateColumns: columns,
            gridTemplateRows: `repeat(${row(end) - 1}, ${GRID_ROW_REM}rem)`,
          }}
        >
          {marks.map((at) => (
            <div
              key={at}
              aria-hidden="true"
              className="border-t border-slate-200 px-1 text-xs text-slate-600 tabular-nums dark:border-slate-800 dark:text-slate-400"
              style={{ gridColumn: `1 / -1`, gridRow: `${row(at)} / span 6` }}
            >
              {formatTime(new Date(at), zone)}
            </div>
          ))}
          {nowMs >= start && nowMs < end ? (
            <div
              aria-hidden="true"
              data-now-line
              className="pointer-events-none z-20"
              style={{
                gridColumn: '2 / -1',
                gridRow: row(Math.floor(nowMs / STEP_MS) * STEP_MS),
                borderTop: '3px dashed #dc2626',
              }}
            />
          ) : null}
          {sorted.map((session) => {
            const { track } = sessionPlace(conference, session);
            const cancelled = session.status === 'cancelled';
            const live = isRunning(session, now);
            const change = changes.get(session.code);
            const first = row(Date.parse(session.startsAt));
            const last = Math.max(row(Date.parse(session.endsAt)), first + 1);
            const fit = cardFit(last - first, cancelled || live || !!change);
            return (
              <article
                key={session.code}
                className="z-10 flex gap-1 overflow-hidden rounded-md border border-slate-300 bg-white px-2 py-1 text-sm shadow-xs dark:border-slate-600 dark:bg-slate-900"
                style={{
                  gridColumn: column.get(session.roomId ?? NO_ROOM),
                  gridRow: `${first} / ${last}`,
                  ...(track ? { borderLeftColor: track.color, borderLeftWidth: 4 } : {}),
                }}
              >
                {/* A column that wraps: a line that does not fit whole moves to a second column,
                  out of sight, instead of showing cut in half. */}
                <div className="flex min-w-0 flex-1 flex-col flex-wrap content-start overflow-hidden">
                  {fit.showTime ? (
                    <p className="flex w-full items-center gap-1 text-xs text-slate-700 tabular-nums dark:text-slate-300">
                      <span className="min-w-0 truncate">
                        {formatTimeRange(session.startsAt, session.endsAt, zone)}
                      </span>
                      <StatusBadges cancelled={cancelled} live={live} change={change} />
                    </p>
                  ) : null}
                  <h4
                    className="w-full leading-snug font-semibold"
                    style={{
                      display: '-webkit-box',
                      WebkitBoxOrient: 'vertical',
                      WebkitLineClamp: fit.titleLines,
                      overflow: 'hidden',
                    }}
                  >
                    <Link
                      to={`/${conference.slug}/sessions/${session.code}`}
                      title={session.title}
                      className={`text-slate-900 hover:underline dark:text-slate-50 ${cancelled ? 'line-through' : ''}`}
                    >
                      {session.title}
                    </Link>
                  </h4>
                  {session.speakers.length > 0 ? (
                    <p className="w-full truncate text-xs text-slate-700 dark:text-slate-300">
                      {session.speakers.map((s) => s.name).join(', ')}
                    </p>
                  ) : null}
                  {track ? (
                    <p className="w-full truncate text-xs text-slate-600 dark:text-slate-400">
                      <TrackLabel track={track} />
                    </p>
                  ) : null}
                </div>
                <StarButton slug={conference.slug} code={session.code} title={session.title} />
              </article>
            );
          })}
        </div>
      </div>
    </div>
  );
}

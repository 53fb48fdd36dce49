import { type Conference } from '@shared/contract/conference';
import { type Session } from '@shared/contract/session';
import { Link } from 'react-router';
import { StarButton } from '@client/features/my-schedule';
import { type SessionChange, StatusBadges, TrackLabel, sessionPlace } from '@client/features/sessions';
import { t } from '@client/i18n';
import { formatTime, formatTimeRange } from '@client/lib/format';
import { isRunning } from '@client/lib/session-time';

const STEP_MS = 5 * 60_000;
const HALF_HOUR_MS = 30 * 60_000;
const NO_ROOM = '';

/**
 * The day as a room-by-time grid for wide screens: one column per room, one row per five
 * minutes. The DOM order stays start time then room, so reading order matches the list.
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
  const row = (ms: number) => Math.round((ms - start) / STEP_MS) + 2;
  const marks: number[] = [];
  for (let at = start; at < end; at += HALF_HOUR_MS) marks.push(at);
  const nowMs = now.getTime();
  const sorted = [...sessions].sort(
    (a, b) =>
      a.startsAt.localeCompare(b.startsAt) ||
      (column.get(a.roomId ?? NO_ROOM) ?? 0) - (column.get(b.roomId ?? NO_ROOM) ?? 0),
  );

  return (
    <div
      className="overflow-x-auto rounded-lg border border-slate-300 dark:border-slate-700"
      data-testid="schedule-grid"
    >
      <div
        className="grid"
        style={{
          gridTemplateColumns: `4rem repeat(${rooms.length}, minmax(11rem, 1fr))`,
          gridTemplateRows: `auto repeat(${row(end) - 2}, 1.75rem)`,
        }}
      >
        <div aria-hidden="true" className="border-b border-slate-300 dark:border-slate-700" />
        {rooms.map((room) => (
          <div
            key={room.id}
            className="border-b border-slate-300 px-2 py-2 text-sm font-bold text-slate-900 dark:border-slate-700 dark:text-slate-50"
            style={{ gridColumn: column.get(room.id), gridRow: 1 }}
          >
            {room.name}
          </div>
        ))}
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
            className="pointer-events-none z-10"
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
          return (
            <article
              key={session.code}
              className="z-10 flex gap-1 overflow-hidden rounded-md border border-slate-300 bg-white px-2 py-1 text-sm shadow-xs dark:border-slate-600 dark:bg-slate-900"
              style={{
                gridColumn: column.get(session.roomId ?? NO_ROOM),
                gridRow: `${row(Date.parse(session.startsAt))} / ${Math.max(row(Date.parse(session.endsAt)), row(Date.parse(session.startsAt)) + 1)}`,
                ...(track ? { borderLeftColor: track.color, borderLeftWidth: 4 } : {}),
              }}
            >
              <div className="min-w-0 flex-1">
                <p className="flex flex-wrap items-center gap-1 text-xs text-slate-700 tabular-nums dark:text-slate-300">
                  {formatTimeRange(session.startsAt, session.endsAt, zone)}
                  <StatusBadges
                    cancelled={cancelled}
                    live={isRunning(session, now)}
                    change={changes.get(session.code)}
                  />
                </p>
                <h4 className="leading-snug font-semibold">
                  <Link
                    to={`/${conference.slug}/sessions/${session.code}`}
                    className={`text-slate-900 hover:underline dark:text-slate-50 ${cancelled ? 'line-through' : ''}`}
                  >
                    {session.title}
                  </Link>
                </h4>
                {session.speakers.length > 0 ? (
                  <p className="truncate text-xs text-slate-700 dark:text-slate-300">
                    {session.speakers.map((s) => s.name).join(', ')}
                  </p>
                ) : null}
                {track ? (
                  <p className="text-xs text-slate-600 dark:text-slate-400">
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
  );
}

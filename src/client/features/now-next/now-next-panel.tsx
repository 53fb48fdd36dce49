import { type Conference } from '@shared/contract/conference';
import { type Session } from '@shared/contract/session';
import { Link } from 'react-router';
import { StarButton } from '@client/features/my-schedule';
import { StatusBadges, TrackLabel, sessionPlace } from '@client/features/sessions';
import { t } from '@client/i18n';
import { cardTitleLink } from '@client/ui/button-styles';
import { formatDay, formatTime, formatTimeRange } from '@client/lib/format';
import { conferenceDayOf } from '@shared/time';
import { minutesUntil, progressOf } from '@client/lib/session-time';
import { nowAndNext } from './now-next';
import { LiveStreamButton } from './live-stream-button';

function SessionLine({
  session,
  conference,
  zone,
  now,
  state,
}: {
  session: Session;
  conference: Conference;
  zone: string;
  now: Date;
  state: 'now' | 'next';
}) {
  const { track } = sessionPlace(conference, session);
  const today = conferenceDayOf(now, conference.timeZone);
  const day = conferenceDayOf(new Date(session.startsAt), conference.timeZone);
  const progress = progressOf(session, now);
  const minutes = state === 'now' ? minutesUntil(session.endsAt, now) : minutesUntil(session.startsAt, now);
  return (
    <div className="flex gap-2">
      <div className="min-w-0 flex-1">
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700 tabular-nums dark:text-slate-300">
          {state === 'now' ? (
            <StatusBadges cancelled={false} live />
          ) : (
            <span className="font-semibold uppercase">{t('nowNext.next')}</span>
          )}
          <span>
            {day !== today ? `${formatDay(day)}, ` : ''}
            {formatTimeRange(session.startsAt, session.endsAt, zone)}
          </span>
          {state === 'now' ? (
            <span>{t('nowNext.endsIn', { minutes })}</span>
          ) : day === today ? (
            <span>{t('nowNext.startsIn', { minutes })}</span>
          ) : null}
        </p>
        <h4 className="mt-1 leading-snug font-semibold">
          <Link
            to={`/${conference.slug}/sessions/${session.code}`}
            className={`${cardTitleLink} text-slate-900 hover:underline dark:text-slate-50`}
          >
            {session.title}
          </Link>
        </h4>
        {session.speakers.length > 0 ? (
          <p className="text-sm text-slate-700 dark:text-slate-300">
            {session.speakers.map((s) => s.name).join(', ')}
          </p>
        ) : null}
        {track ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            <TrackLabel track={track} />
          </p>
        ) : null}
        {state === 'now' ? (
          <div
            role="progressbar"
            aria-label={t('nowNext.progress', { title: session.title })}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(progress * 100)}
            aria-valuetext={t('nowNext.progressText', { percent: Math.round(progress * 100), minutes })}
            className="mt-2 h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
          >
            <div
              className="h-2 rounded-full bg-green-800 dark:bg-green-400"
              style={{ width: `${progress * 100}%` }}
            />
          </div>
        ) : null}
      </div>
      <StarButton slug={conference.slug} code={session.code} title={session.title} />
    </div>
  );
}

/** What runs in each room right now, with its progress and live stream, and what starts next. */
export function NowNextPanel({
  conference,
  sessions,
  zone,
  now,
}: {
  conference: Conference;
  sessions: readonly Session[];
  zone: string;
  now: Date;
}) {
  const rooms = nowAndNext(conference, sessions, now);
  return (
    <section aria-labelledby="now-heading">
      <h2 id="now-heading" className="mb-1 text-xl font-bold text-slate-900 dark:text-slate-50">
        {t('nowNext.title')}
      </h2>
      <p className="mb-4 text-sm text-slate-600 dark:text-slate-400">
        {t('nowNext.asOf', { time: formatTime(now, zone) })}
      </p>
      {rooms.length === 0 ? (
        <p className="text-slate-700 dark:text-slate-300">{t('nowNext.nothing')}</p>
      ) : null}
      <ul className="grid gap-4 lg:grid-cols-2">
        {rooms.map(({ room, current, next }) => (
          <li
            key={room.id}
            className="rounded-lg border border-slate-300 bg-white p-4 dark:border-slate-700 dark:bg-slate-900"
          >
            <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
              <h3 className="text-lg font-bold text-slate-900 dark:text-slate-50">{room.name}</h3>
              {current && room.liveStreamUrl ? <LiveStreamButton room={room} /> : null}
            </div>
            <div className="space-y-4">
              {current ? (
                <SessionLine session={current} conference={conference} zone={zone} now={now} state="now" />
              ) : (
                <p className="text-sm text-slate-700 dark:text-slate-300">{t('nowNext.free')}</p>
              )}
              {next ? (
                <div className="border-t border-slate-200 pt-2 dark:border-slate-700">
                  <SessionLine session={next} conference={conference} zone={zone} now={now} state="next" />
                </div>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

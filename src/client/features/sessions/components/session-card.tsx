import { type Conference } from '@shared/contract/conference';
import { type Session } from '@shared/contract/session';
import { Link } from 'react-router';
import { conferenceDayOf } from '@shared/time';
import { StarButton } from '@client/features/my-schedule';
import { t } from '@client/i18n';
import { cardTitleLink } from '@client/ui/button-styles';
import { formatDay, formatTimeRange } from '@client/lib/format';
import { sessionPlace } from '../lib/session-place';
import { MovedBadge, type SessionChange, StatusBadges } from './status-badges';
import { TrackLabel } from './track-label';

interface SessionCardProps {
  session: Session;
  conference: Conference;
  zone: string;
  /** Heading level of the title, to fit the page's outline. */
  headingLevel?: 2 | 3 | 4;
  /** Marks the session live while it runs. */
  live?: boolean;
  change?: SessionChange | null;
  /** "Moved from …" when a published change moved it since the device last looked. */
  movedFrom?: string | null | undefined;
  /** Put the day before the time, for lists that span days (a speaker's talks). */
  withDay?: boolean;
}

/** One session in a list: the title links to its page, the star adds it to My schedule. */
export function SessionCard({
  session,
  conference,
  zone,
  headingLevel = 3,
  live = false,
  change,
  movedFrom,
  withDay = false,
}: SessionCardProps) {
  const Heading = `h${headingLevel}` as const;
  const { room, track } = sessionPlace(conference, session);
  const cancelled = session.status === 'cancelled';
  // A move says what changed in its own words: no second "Changed" mark beside it.
  const moved = movedFrom && !cancelled ? movedFrom : null;
  const day = withDay
    ? `${formatDay(conferenceDayOf(new Date(session.startsAt), conference.timeZone))}, `
    : '';
  return (
    <article
      className="flex gap-2 rounded-lg border border-slate-300 bg-white p-3 shadow-xs dark:border-slate-700 dark:bg-slate-900"
      style={track ? { borderLeftColor: track.color, borderLeftWidth: 4 } : undefined}
    >
      <div className="min-w-0 flex-1">
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
          <span className="font-semibold tabular-nums">
            {day}
            {formatTimeRange(session.startsAt, session.endsAt, zone)}
          </span>
          <span>{room?.name ?? t('session.noRoom')}</span>
          <StatusBadges cancelled={cancelled} live={live} change={moved ? null : change} />
          {moved ? <MovedBadge text={moved} /> : null}
        </p>
        <Heading className="mt-1 text-lg leading-snug font-semibold">
          <Link
            to={`/${conference.slug}/sessions/${session.code}`}
            className={`${cardTitleLink} text-slate-900 hover:underline dark:text-slate-50 ${cancelled ? 'line-through' : ''}`}
          >
            {session.title}
          </Link>
        </Heading>
        {session.speakers.length > 0 ? (
          <p className="mt-1 text-slate-700 dark:text-slate-300">
            {session.speakers.map((s) => s.name).join(', ')}
          </p>
        ) : null}
        <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-600 dark:text-slate-400">
          <span>{t(`session.type.${session.type}`)}</span>
          {track ? <TrackLabel track={track} /> : null}
        </p>
      </div>
      <StarButton slug={conference.slug} code={session.code} title={session.title} />
    </article>
  );
}

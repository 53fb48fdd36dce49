import { type QueryClient } from '@tanstack/react-query';
import { type ReactNode } from 'react';
import { type LoaderFunctionArgs, Link } from 'react-router';
import { conferenceQueryOptions, useConference } from '@client/features/conference';
import { ZoneSwitch } from '@client/features/schedule';
import { t } from '@client/i18n';
import { formatDay, formatTimeRange } from '@client/lib/format';
import { requireParam, useRequiredParam } from '@client/lib/route-params';
import { useShownZone } from '@client/lib/use-shown-zone';
import { textLink } from '@client/ui/button-styles';
import { conferenceDayOf } from '@shared/time';
import { sessionQueryOptions, useSession } from '../api/get-session';
import { TrackLabel } from '../components/track-label';
import { sessionPlace } from '../lib/session-place';

export const sessionLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const slug = requireParam(params, 'slug');
    const code = requireParam(params, 'code');
    await Promise.all([
      queryClient.ensureQueryData(conferenceQueryOptions(slug)),
      queryClient.ensureQueryData(sessionQueryOptions(slug, code)),
    ]);
    return null;
  };

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="py-2 sm:grid sm:grid-cols-[8rem_1fr] sm:gap-4">
      <dt className="text-sm font-semibold text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className="text-slate-900 dark:text-slate-100">{children}</dd>
    </div>
  );
}

export function SessionRoute() {
  const slug = useRequiredParam('slug');
  const code = useRequiredParam('code');
  const conference = useConference(slug);
  const session = useSession(slug, code);
  const { zone, mode } = useShownZone(conference.timeZone);
  const { room, track } = sessionPlace(conference, session);
  const day = conferenceDayOf(new Date(session.startsAt), conference.timeZone);
  const links = [
    session.links.youtube ? { href: session.links.youtube, label: t('session.watchYoutube') } : null,
    session.links.mediaCccDe ? { href: session.links.mediaCccDe, label: t('session.watchCcc') } : null,
    session.links.slides ? { href: session.links.slides, label: t('session.slides') } : null,
  ].filter((l) => l !== null);

  return (
    <article className="max-w-3xl">
      <Link to={`/${slug}?day=${day}`} className={`${textLink} text-sm`}>
        ← {t('session.back')}
      </Link>
      <div className="mt-3 mb-4">
        {session.status === 'cancelled' ? (
          <p className="mb-2 inline-block rounded-sm bg-red-800 px-2 py-0.5 text-sm font-bold text-white uppercase dark:bg-red-300 dark:text-red-950">
            {t('session.cancelled')}
          </p>
        ) : null}
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl dark:text-slate-50">
          {session.title}
        </h1>
      </div>
      <ZoneSwitch zone={zone} mode={mode} at={session.startsAt} />
      <dl className="mb-6 divide-y divide-slate-200 border-y border-slate-200 dark:divide-slate-800 dark:border-slate-800">
        <Fact label={t('session.when')}>
          {formatDay(day)}, {formatTimeRange(session.startsAt, session.endsAt, zone)}
        </Fact>
        <Fact label={t('session.room')}>
          <span>{room?.name ?? t('session.noRoom')}</span>
          {room?.liveStreamUrl ? (
            <>
              {' · '}
              <a href={room.liveStreamUrl} className={textLink}>
                {t('session.liveStream')}
              </a>
            </>
          ) : null}
        </Fact>
        {track ? (
          <Fact label={t('session.track')}>
            <TrackLabel track={track} />
          </Fact>
        ) : null}
        <Fact label={t('session.type')}>{t(`session.type.${session.type}`)}</Fact>
        {session.speakers.length > 0 ? (
          <Fact label={t('session.speakers')}>
            <ul className="flex flex-wrap gap-x-4 gap-y-1">
              {session.speakers.map((speaker) => (
                <li key={speaker.code}>
                  <Link to={`/${slug}/speakers/${speaker.code}`} className={textLink}>
                    {speaker.name}
                  </Link>
                </li>
              ))}
            </ul>
          </Fact>
        ) : null}
      </dl>
      <p className="whitespace-pre-line text-slate-800 dark:text-slate-200">
        {session.description || t('session.noDescription')}
      </p>
      {links.length > 0 ? (
        <section aria-labelledby="recordings" className="mt-6">
          <h2 id="recordings" className="mb-2 text-lg font-bold text-slate-900 dark:text-slate-50">
            {t('session.recordings')}
          </h2>
          <ul className="space-y-1">
            {links.map((link) => (
              <li key={link.href}>
                <a href={link.href} className={textLink}>
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}

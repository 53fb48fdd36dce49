import { type QueryClient } from '@tanstack/react-query';
import { type LoaderFunctionArgs, Link } from 'react-router';
import { conferenceQueryOptions, useConference } from '@client/features/conference';
import { sessionsQueryOptions, useSessions } from '@client/features/sessions';
import { t } from '@client/i18n';
import { formatDay, formatTime } from '@client/lib/format';
import { requireParam, useRequiredParam } from '@client/lib/route-params';
import { useShownZone } from '@client/lib/use-shown-zone';
import { textLink } from '@client/ui/button-styles';
import { PageHeading } from '@client/ui/page-heading';
import { conferenceDayOf } from '@shared/time';
import { recordedSessions } from '../lib/recorded-sessions';

export const videosLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const slug = requireParam(params, 'slug');
    await Promise.all([
      queryClient.ensureQueryData(conferenceQueryOptions(slug)),
      queryClient.ensureQueryData(sessionsQueryOptions(slug)),
    ]);
    return null;
  };

export function VideosRoute() {
  const slug = useRequiredParam('slug');
  const conference = useConference(slug);
  const sessions = recordedSessions(useSessions(slug));
  const { zone } = useShownZone(conference.timeZone);
  return (
    <>
      <PageHeading intro={t('videos.intro')}>{t('videos.title')}</PageHeading>
      {sessions.length === 0 ? <p>{t('videos.empty')}</p> : null}
      <ul className="space-y-3">
        {sessions.map((session) => {
          const sites = [
            session.links.youtube ? { href: session.links.youtube, site: t('videos.youtube') } : null,
            session.links.mediaCccDe ? { href: session.links.mediaCccDe, site: t('videos.ccc') } : null,
          ].filter((s) => s !== null);
          return (
            <li
              key={session.code}
              className="rounded-lg border border-slate-300 bg-white p-4 dark:border-slate-700 dark:bg-slate-900"
            >
              <p className="text-sm text-slate-700 tabular-nums dark:text-slate-300">
                {formatDay(conferenceDayOf(new Date(session.startsAt), conference.timeZone))},{' '}
                {formatTime(session.startsAt, zone)}
              </p>
              <h2 className="mt-1 text-lg leading-snug font-semibold">
                <Link
                  to={`/${slug}/sessions/${session.code}`}
                  className="text-slate-900 hover:underline dark:text-slate-50"
                >
                  {session.title}
                </Link>
              </h2>
              {session.speakers.length > 0 ? (
                <p className="text-slate-700 dark:text-slate-300">
                  {session.speakers.map((s) => s.name).join(', ')}
                </p>
              ) : null}
              <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
                {sites.map(({ href, site }) => (
                  <li key={href}>
                    <a
                      href={href}
                      className={textLink}
                      aria-label={t('videos.watchOn', { title: session.title, site })}
                    >
                      {site}
                    </a>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </>
  );
}

import { type QueryClient } from '@tanstack/react-query';
import { Link, type LoaderFunctionArgs } from 'react-router';
import { requireRole, useMe } from '@client/features/auth';
import { conferenceQueryOptions, useConference } from '@client/features/conference';
import { sessionsQueryOptions, useSessions } from '@client/features/sessions';
import { speakersQueryOptions, useSpeakers } from '@client/features/speakers';
import { sponsorsQueryOptions, useSponsors } from '@client/features/sponsors';
import { type MessageKey, t } from '@client/i18n';
import { requireParam, useRequiredParam } from '@client/lib/route-params';
import { formatNumber } from '@client/lib/format';
import { PageHeading } from '@client/ui/page-heading';
import { AttentionPanel, prefetchAttention } from '../components/attention-panel';

export const organizerLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const slug = requireParam(params, 'slug');
    await requireRole(queryClient, request, 'organizer');
    await Promise.all([
      queryClient.ensureQueryData(conferenceQueryOptions(slug)),
      queryClient.ensureQueryData(sessionsQueryOptions(slug)),
      queryClient.ensureQueryData(speakersQueryOptions(slug)),
      queryClient.ensureQueryData(sponsorsQueryOptions(slug)),
      prefetchAttention(queryClient, slug),
    ]);
    return null;
  };

/** The console's sections, each a page under /:slug/organizer/. Add new sections here. */
const consoleSections: { path: string; title: MessageKey; hint: MessageKey }[] = [
  { path: 'sessions', title: 'scheduleAdmin.link', hint: 'scheduleAdmin.linkHint' },
  { path: 'import', title: 'scheduleAdmin.importLink', hint: 'scheduleAdmin.importLinkHint' },
  { path: 'people', title: 'organizer.people', hint: 'organizer.peopleHint' },
  { path: 'shifts', title: 'coord.link', hint: 'coord.linkHint' },
  { path: 'coverage', title: 'coord.coverageLink', hint: 'coord.coverageLinkHint' },
  { path: 'hours', title: 'coord.hoursLink', hint: 'coord.hoursLinkHint' },
  { path: 'rooms', title: 'console.rooms.link', hint: 'console.rooms.linkHint' },
  { path: 'tracks', title: 'console.tracks.link', hint: 'console.tracks.linkHint' },
  { path: 'days', title: 'console.days.link', hint: 'console.days.linkHint' },
  { path: 'speakers', title: 'console.speakers.link', hint: 'console.speakers.linkHint' },
  { path: 'audit', title: 'console.audit.link', hint: 'console.audit.linkHint' },
  { path: 'arrivals', title: 'arrivals.link', hint: 'arrivals.linkHint' },
  { path: 'sponsors', title: 'sponsorsAdmin.link', hint: 'sponsorsAdmin.linkHint' },
  { path: 'editions', title: 'editions.link', hint: 'editions.linkHint' },
  { path: 'tickets', title: 'ticketsAdmin.link', hint: 'ticketsAdmin.linkHint' },
  { path: 'ticket-types', title: 'ticketsAdmin.typesLink', hint: 'ticketsAdmin.typesLinkHint' },
  { path: 'check-in-lists', title: 'ticketsAdmin.listsLink', hint: 'ticketsAdmin.listsLinkHint' },
];

/** Counts from the public read endpoints: a quick check that an import landed as expected. */
export function OrganizerRoute() {
  const slug = useRequiredParam('slug');
  const conference = useConference(slug);
  const sessions = useSessions(slug);
  const speakers = useSpeakers(slug);
  const { sponsors } = useSponsors(slug);
  const user = useMe().data;

  const figures: [MessageKey, number][] = [
    ['organizer.sessions', sessions.length],
    ['organizer.cancelled', sessions.filter((s) => s.status === 'cancelled').length],
    [
      'organizer.recorded',
      sessions.filter((s) => s.links.youtube || s.links.mediaCccDe || s.links.video).length,
    ],
    ['organizer.speakers', speakers.length],
    ['organizer.sponsors', sponsors.length],
    ['organizer.rooms', conference.rooms.length],
    ['organizer.tracks', conference.tracks.length],
    ['organizer.days', conference.days.length],
    ['organizer.scheduleVersion', conference.scheduleVersion],
  ];

  return (
    <>
      <PageHeading intro={t('organizer.intro', { conference: conference.name })}>
        {t('organizer.title')}
      </PageHeading>
      {user ? (
        <p className="mb-4 text-sm text-slate-700 dark:text-slate-300">
          {t('organizer.signedIn', { name: user.name, email: user.email })}
        </p>
      ) : null}
      <AttentionPanel slug={slug} timeZone={conference.timeZone} />
      <ul className="mb-6 grid gap-3 sm:grid-cols-2">
        {consoleSections.map(({ path, title, hint }) => (
          <li key={path}>
            <Link
              to={`/${slug}/organizer/${path}`}
              className="block h-full rounded-lg border border-slate-300 bg-white p-4 hover:border-indigo-700 dark:border-slate-700 dark:bg-slate-900 dark:hover:border-indigo-300"
            >
              <span className="flex items-center justify-between gap-3 font-semibold text-indigo-800 dark:text-indigo-200">
                {t(title)}
                <span aria-hidden="true">→</span>
              </span>
              <span className="mt-1 block text-sm text-slate-700 dark:text-slate-300">{t(hint)}</span>
            </Link>
          </li>
        ))}
      </ul>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3">
        {figures.map(([key, value]) => (
          <div
            key={key}
            className="rounded-lg border border-slate-300 bg-white p-4 dark:border-slate-700 dark:bg-slate-900"
          >
            <dt className="text-sm text-slate-700 dark:text-slate-300">{t(key)}</dt>
            <dd className="text-3xl font-bold text-slate-900 tabular-nums dark:text-slate-50">
              {formatNumber(value)}
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}

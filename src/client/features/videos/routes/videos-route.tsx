import { type QueryClient, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo, useState } from 'react';
import { type LoaderFunctionArgs, useSearchParams } from 'react-router';
import { conferenceQueryOptions, useConference } from '@client/features/conference';
import { sessionsQueryOptions, useSessions } from '@client/features/sessions';
import { SponsorCredit, sponsorsOfPackage, sponsorsQueryOptions } from '@client/features/sponsors';
import { t } from '@client/i18n';
import { formatLanguage } from '@client/lib/format';
import { requireParam, useRequiredParam } from '@client/lib/route-params';
import { useNow } from '@client/lib/use-now';
import { useShownZone } from '@client/lib/use-shown-zone';
import { secondaryButton } from '@client/ui/button-styles';
import { Icon } from '@client/ui/icons';
import { PageHeading } from '@client/ui/page-heading';
import { VideoCard } from '../components/video-card';
import { VideoFilterBar } from '../components/video-filter-bar';
import { recordedSessions } from '../lib/recorded-sessions';
import {
  applyVideoFilters,
  readVideoFilters,
  recordingLanguages,
  videoFilterParams,
} from '../lib/video-filters';

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

const PAGE = 48;

export function VideosRoute() {
  const slug = useRequiredParam('slug');
  const conference = useConference(slug);
  const all = useSessions(slug);
  const sponsors = useQuery(sponsorsQueryOptions(slug)).data;
  const now = useNow();
  const { zone } = useShownZone(conference.timeZone);
  const [search, setSearch] = useSearchParams();
  const filters = readVideoFilters(search);
  const [query, setQuery] = useState(filters.q);
  const q = useDeferredValue(query);
  const [limit, setLimit] = useState(PAGE);
  const recorded = useMemo(() => recordedSessions(all, now), [all, now]);
  const languages = useMemo(() => {
    const found = recordingLanguages(recorded);
    // A link may name a language no recording is in (any more): keep it choosable to undo.
    return filters.language && !found.some((l) => l.tag === filters.language)
      ? [...found, { tag: filters.language, name: formatLanguage(filters.language) }]
      : found;
  }, [recorded, filters.language]);
  const { day, track, language } = filters;
  const shown = useMemo(
    () => applyVideoFilters(conference, recorded, { q, day, track, language }),
    [conference, recorded, q, day, track, language],
  );
  const setParam = (key: keyof typeof videoFilterParams, value: string) => {
    const next = new URLSearchParams(search);
    if (value) next.set(videoFilterParams[key], value);
    else next.delete(videoFilterParams[key]);
    setSearch(next, { replace: true, preventScrollReset: true });
    setLimit(PAGE);
  };
  const videoSponsors = sponsorsOfPackage(sponsors, 'Video');

  return (
    <>
      <PageHeading intro={t('videos.intro')}>{t('videos.title')}</PageHeading>
      {videoSponsors.length > 0 ? (
        <div className="mb-4">
          <SponsorCredit
            slug={slug}
            thing={t('videos.thing')}
            sentence={(names) => t('videos.sponsoredBy', { sponsors: names })}
            sponsors={videoSponsors}
          />
        </div>
      ) : null}
      <VideoFilterBar
        conference={conference}
        languages={languages}
        filters={filters}
        query={query}
        onQuery={(value) => {
          setQuery(value);
          setParam('q', value);
        }}
        onFilter={setParam}
      />
      <p className="mb-3 text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
        {t('videos.count', { count: shown.length })}
      </p>
      {recorded.length === 0 ? <p>{t('videos.empty')}</p> : null}
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {shown.slice(0, limit).map((session) => (
          <VideoCard
            key={session.code}
            session={session}
            slug={slug}
            zone={zone}
            showLanguage={languages.length > 1}
          />
        ))}
      </ul>
      {shown.length > limit ? (
        <button
          type="button"
          className={`${secondaryButton} mt-4 gap-1.5`}
          onClick={() => setLimit(limit + PAGE)}
        >
          <Icon name="videos" className="h-4 w-4" />
          {t('videos.more')}
        </button>
      ) : null}
    </>
  );
}

import { type Session } from '@shared/contract/session';
import { type QueryClient, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { type LoaderFunctionArgs, Link, useSearchParams } from 'react-router';
import { conferenceDayOf } from '@shared/time';
import { foldText } from '@shared/text/fold';
import { conferenceQueryOptions, useConference } from '@client/features/conference';
import { sessionPlace, sessionsQueryOptions, useSessions } from '@client/features/sessions';
import { cccEmbedUrl, youtubeEmbedUrl } from '@client/lib/embeds';
import { EmbedFrame } from '@client/ui/embed-frame';
import { SponsorCredit, sponsorsOfPackage, sponsorsQueryOptions } from '@client/features/sponsors';
import { t } from '@client/i18n';
import { formatDay, formatTime } from '@client/lib/format';
import { requireParam, useRequiredParam } from '@client/lib/route-params';
import { useShownZone } from '@client/lib/use-shown-zone';
import { cardTitleLink, formField, secondaryButton, standaloneLink } from '@client/ui/button-styles';
import { Icon } from '@client/ui/icons';
import { PageHeading } from '@client/ui/page-heading';
import { VideoThumbnail } from '../components/video-thumbnail';
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

const PAGE = 48;

function matches(session: Session, q: string): boolean {
  const words = foldText(q).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = foldText(
    `${session.title} ${session.speakers.map((s) => s.name).join(' ')} ${session.description}`,
  );
  return words.every((w) => text.includes(w));
}

/** One recording: the cover is a button that swaps in the player, only when pressed. */
function VideoCard({
  session,
  slug,
  zone,
  timeZone,
}: {
  session: Session;
  slug: string;
  zone: string;
  timeZone: string;
}) {
  const conference = useConference(slug);
  const [playing, setPlaying] = useState<string | null>(null);
  const { track } = sessionPlace(conference, session);
  const youtube = session.links.youtube ? youtubeEmbedUrl(session.links.youtube) : null;
  const ccc = session.links.mediaCccDe ? cccEmbedUrl(session.links.mediaCccDe) : null;
  const first = youtube ?? ccc;
  return (
    <li className="flex flex-col rounded-lg border border-slate-300 bg-white p-3 dark:border-slate-700 dark:bg-slate-900">
      {playing ? (
        <EmbedFrame src={playing} title={t('video.frameTitle', { title: session.title })} />
      ) : first ? (
        <button
          type="button"
          className="block w-full rounded-md text-left"
          aria-label={t('video.play', { title: session.title })}
          onClick={() => setPlaying(first)}
        >
          <VideoThumbnail session={session} track={track} />
        </button>
      ) : (
        <VideoThumbnail session={session} track={track} />
      )}
      <p className="mt-2 text-sm text-slate-700 tabular-nums dark:text-slate-300">
        {formatDay(conferenceDayOf(new Date(session.startsAt), timeZone))},{' '}
        {formatTime(session.startsAt, zone)}
      </p>
      <h2 className="mt-1 leading-snug font-semibold">
        <Link
          to={`/${slug}/sessions/${session.code}`}
          className={`${cardTitleLink} text-slate-900 hover:underline dark:text-slate-50`}
        >
          {session.title}
        </Link>
      </h2>
      {session.speakers.length > 0 ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          {session.speakers.map((s) => s.name).join(', ')}
        </p>
      ) : null}
      <ul className="flex flex-wrap gap-x-4 pt-3 text-sm">
        {youtube && ccc && playing !== ccc ? (
          <li>
            <button type="button" className={standaloneLink} onClick={() => setPlaying(ccc)}>
              {t('video.playCcc')}
            </button>
          </li>
        ) : null}
        {session.links.youtube ? (
          <li>
            <a
              href={session.links.youtube}
              className={standaloneLink}
              rel="noopener"
              aria-label={t('videos.watchOn', { title: session.title, site: t('videos.youtube') })}
            >
              {t('videos.youtube')}
            </a>
          </li>
        ) : null}
        {session.links.mediaCccDe ? (
          <li>
            <a
              href={session.links.mediaCccDe}
              className={standaloneLink}
              rel="noopener"
              aria-label={t('videos.watchOn', { title: session.title, site: t('videos.ccc') })}
            >
              {t('videos.ccc')}
            </a>
          </li>
        ) : null}
      </ul>
    </li>
  );
}

export function VideosRoute() {
  const slug = useRequiredParam('slug');
  const id = useId();
  const conference = useConference(slug);
  const all = useSessions(slug);
  const sponsors = useQuery(sponsorsQueryOptions(slug)).data;
  const { zone } = useShownZone(conference.timeZone);
  const [search, setSearch] = useSearchParams();
  const [query, setQuery] = useState(search.get('q') ?? '');
  const q = useDeferredValue(query);
  const day = search.get('day') ?? '';
  const trackSlug = search.get('track') ?? '';
  const [limit, setLimit] = useState(PAGE);
  const recorded = useMemo(() => recordedSessions(all), [all]);
  const trackId = conference.tracks.find((tr) => tr.slug === trackSlug)?.id;
  const shown = useMemo(
    () =>
      recorded.filter(
        (s) =>
          (!day || conferenceDayOf(new Date(s.startsAt), conference.timeZone) === day) &&
          (!trackId || s.trackId === trackId) &&
          matches(s, q),
      ),
    [recorded, day, trackId, q, conference.timeZone],
  );
  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    setSearch(next, { replace: true });
    setLimit(PAGE);
  };
  const videoSponsors = sponsorsOfPackage(sponsors, 'Video');

  return (
    <>
      <PageHeading intro={t('videos.intro')}>{t('videos.title')}</PageHeading>
      {videoSponsors.length > 0 ? (
        <div className="mb-4">
          <SponsorCredit slug={slug} thing={t('videos.thing')} sponsors={videoSponsors} />
        </div>
      ) : null}
      <div className="mb-4 grid gap-3 sm:grid-cols-3" role="search">
        <div>
          <label
            htmlFor={`${id}-q`}
            className="mb-1 block text-sm font-semibold text-slate-800 dark:text-slate-200"
          >
            {t('videos.search')}
          </label>
          <input
            id={`${id}-q`}
            type="search"
            className={formField}
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setParam('q', e.target.value);
            }}
          />
        </div>
        <div>
          <label
            htmlFor={`${id}-day`}
            className="mb-1 block text-sm font-semibold text-slate-800 dark:text-slate-200"
          >
            {t('videos.day')}
          </label>
          <select
            id={`${id}-day`}
            className={formField}
            value={day}
            onChange={(e) => setParam('day', e.target.value)}
          >
            <option value="">{t('videos.allDays')}</option>
            {conference.days.map((d) => (
              <option key={d.date} value={d.date}>
                {formatDay(d.date)} · {d.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label
            htmlFor={`${id}-track`}
            className="mb-1 block text-sm font-semibold text-slate-800 dark:text-slate-200"
          >
            {t('filters.tracks')}
          </label>
          <select
            id={`${id}-track`}
            className={formField}
            value={trackSlug}
            onChange={(e) => setParam('track', e.target.value)}
          >
            <option value="">{t('filters.allTracks')}</option>
            {conference.tracks.map((tr) => (
              <option key={tr.id} value={tr.slug}>
                {tr.name}
              </option>
            ))}
          </select>
        </div>
      </div>
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
            timeZone={conference.timeZone}
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

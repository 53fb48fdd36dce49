import { apiPaths } from '@shared/contract/paths';
import { type QueryClient, useQuery } from '@tanstack/react-query';
import { type ReactNode } from 'react';
import { type LoaderFunctionArgs, Link } from 'react-router';
import { conferenceDayOf } from '@shared/time';
import { conferenceQueryOptions, useConference } from '@client/features/conference';
import { StarButton } from '@client/features/my-schedule';
import { LiveStreamButton } from '@client/features/now-next';
import { ZoneSwitch } from '@client/features/schedule';
import {
  packageForTitle,
  SponsorCredit,
  sponsorsOfPackage,
  sponsorsQueryOptions,
} from '@client/features/sponsors';
import { t } from '@client/i18n';
import { formatDay, formatLanguage, formatTimeRange } from '@client/lib/format';
import { requireParam, useRequiredParam } from '@client/lib/route-params';
import { useNow } from '@client/lib/use-now';
import { useShownZone } from '@client/lib/use-shown-zone';
import { descriptionText } from '../lib/description-text';
import { secondaryButton, standaloneLink } from '@client/ui/button-styles';
import { Icon } from '@client/ui/icons';
import { pageIcons } from '@client/ui/page-icons';
import { ShareLinkButton } from '@client/ui/share-link-button';
import { scheduleChangesQueryOptions } from '../api/get-schedule-changes';
import { sessionQueryOptions, useSession } from '../api/get-session';
import { sessionsQueryOptions } from '../api/get-sessions';
import { RecordingPlayer } from '../components/recording-player';
import { MovedBadge, StatusBadges } from '../components/status-badges';
import { TrackLabel } from '../components/track-label';
import { historyOf, moveNote } from '../lib/move-note';
import { sessionPlace } from '../lib/session-place';
import { sessionTypeLabel } from '../lib/session-type-label';

export const sessionLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const slug = requireParam(params, 'slug');
    const code = requireParam(params, 'code');
    // Coming from the schedule (or offline), the list already holds this session: show it at
    // once and let the detail query refresh it in the background.
    const detailKey = sessionQueryOptions(slug, code).queryKey;
    const listKey = sessionsQueryOptions(slug).queryKey;
    const fromList = queryClient.getQueryData(listKey)?.sessions.find((s) => s.code === code);
    if (fromList && !queryClient.getQueryData(detailKey)) {
      queryClient.setQueryData(detailKey, fromList, {
        updatedAt: queryClient.getQueryState(listKey)?.dataUpdatedAt ?? 0,
      });
    }
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

const SOON_MS = 15 * 60_000;

export function SessionRoute() {
  const slug = useRequiredParam('slug');
  const code = useRequiredParam('code');
  const conference = useConference(slug);
  const session = useSession(slug, code);
  // Sponsors only add an acknowledgement: the page never waits for them or fails with them.
  const sponsors = useQuery(sponsorsQueryOptions(slug)).data;
  // Where it was before, for anyone holding an older programme; like sponsors, never blocking.
  const history = useQuery(scheduleChangesQueryOptions(slug, 0, code)).data;
  const now = useNow();
  const { zone, mode } = useShownZone(conference.timeZone);
  const { room, track } = sessionPlace(conference, session);
  const day = conferenceDayOf(new Date(session.startsAt), conference.timeZone);
  const cancelled = session.status === 'cancelled';
  const nowMs = now.getTime();
  const live = !cancelled && Date.parse(session.startsAt) <= nowMs && nowMs < Date.parse(session.endsAt);
  const streamable =
    !cancelled && Date.parse(session.startsAt) - SOON_MS <= nowMs && nowMs < Date.parse(session.endsAt);
  const pkg = packageForTitle(sponsors, session.title);
  const moved = moveNote(history && historyOf(code, history.changes), conference, zone);
  const shareUrl = `${typeof location === 'undefined' ? '' : location.origin}/${slug}/sessions/${session.code}`;

  return (
    <article className="max-w-3xl">
      {/* The tap area is 44 px tall; the text keeps its place at the top of the page. */}
      <Link to={`/${slug}?day=${day}`} className={`${standaloneLink} -mt-3 flex w-fit text-sm`}>
        ← {t('session.back')}
      </Link>
      <div className="mb-4">
        <p className="mb-2 flex flex-wrap gap-2">
          <StatusBadges cancelled={cancelled} live={live} />
          {moved ? <MovedBadge text={moved} /> : null}
        </p>
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl dark:text-slate-50">
          {session.title}
        </h1>
      </div>
      <div className="mb-4 flex flex-wrap items-center gap-2">
        <StarButton slug={slug} code={session.code} title={session.title} withText />
        {/* A cancelled session has no time to put in a calendar. */}
        {cancelled ? null : (
          <a
            href={apiPaths.sessionIcs(slug, session.code)}
            download={`${session.code}.ics`}
            className={`${secondaryButton} gap-1.5`}
          >
            <Icon path={pageIcons.calendar} className="h-4 w-4" />
            {t('session.addToCalendar')}
          </a>
        )}
        <ShareLinkButton url={shareUrl} title={session.title} label={t('session.share')} />
      </div>
      <ZoneSwitch zone={zone} mode={mode} at={session.startsAt} />
      <dl className="mb-6 divide-y divide-slate-200 border-y border-slate-200 dark:divide-slate-800 dark:border-slate-800">
        <Fact label={t('session.when')}>
          {formatDay(day)}, {formatTimeRange(session.startsAt, session.endsAt, zone)}
        </Fact>
        <Fact label={t('session.room')}>
          <span className="flex flex-wrap items-center gap-x-3 gap-y-2">
            <span>{room?.name ?? t('session.noRoom')}</span>
            {room && streamable ? <LiveStreamButton room={room} /> : null}
          </span>
        </Fact>
        {track ? (
          <Fact label={t('session.track')}>
            <TrackLabel track={track} />
          </Fact>
        ) : null}
        <Fact label={t('session.type')}>{sessionTypeLabel(session.type)}</Fact>
        <Fact label={t('session.format')}>{t(`session.format.${session.format}`)}</Fact>
        <Fact label={t('session.language')}>{formatLanguage(session.language)}</Fact>
        {session.speakers.length > 0 ? (
          <Fact label={t('session.speakers')}>
            <ul className="flex flex-wrap gap-x-4 gap-y-1">
              {session.speakers.map((speaker) => (
                <li key={speaker.code}>
                  <Link to={`/${slug}/speakers/${speaker.code}`} className={standaloneLink}>
                    {speaker.name}
                  </Link>
                </li>
              ))}
            </ul>
          </Fact>
        ) : null}
      </dl>
      {pkg ? (
        <div className="mb-6">
          <SponsorCredit slug={slug} thing={pkg} sponsors={sponsorsOfPackage(sponsors, pkg)} />
        </div>
      ) : null}
      <p className="whitespace-pre-line text-slate-800 dark:text-slate-200">
        {descriptionText(session.description) || t('session.noDescription')}
      </p>
      <RecordingPlayer session={session} />
    </article>
  );
}

import { apiPaths } from '@shared/contract/paths';
import { type Session } from '@shared/contract/session';
import { type QueryClient } from '@tanstack/react-query';
import { Suspense, useState } from 'react';
import { type LoaderFunctionArgs, Link, useSearchParams } from 'react-router';
import { conferenceQueryOptions, useConference } from '@client/features/conference';
import { ZoneSwitch } from '@client/features/schedule';
import {
  SessionCard,
  type SessionChange,
  sessionsQueryOptions,
  useMoves,
  useSessions,
} from '@client/features/sessions';
import { t } from '@client/i18n';
import { formatDay } from '@client/lib/format';
import { requireParam, useRequiredParam } from '@client/lib/route-params';
import { useNow } from '@client/lib/use-now';
import { useShownZone } from '@client/lib/use-shown-zone';
import { primaryButton, secondaryButton, standaloneLink, textLink } from '@client/ui/button-styles';
import { Icon } from '@client/ui/icons';
import { pageIcons } from '@client/ui/page-icons';
import { PageHeading } from '@client/ui/page-heading';
import { ShareLinkButton } from '@client/ui/share-link-button';
import { type PlanItem, parseSharedCodes, planDays } from '../lib/plan-days';
import { LazyShareQr } from '../components/lazy-share-qr';
import { LazyChangesNotice } from '../components/lazy-changes-notice';
import { useScheduleChanges } from '../lib/use-schedule-changes';
import { useMySchedule, useSeenSnapshot, useStarredCodes } from '../my-schedule-store';
import { isRunning } from '@client/lib/session-time';

export const myScheduleLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const slug = requireParam(params, 'slug');
    await Promise.all([
      queryClient.ensureQueryData(conferenceQueryOptions(slug)),
      queryClient.ensureQueryData(sessionsQueryOptions(slug)),
    ]);
    return null;
  };

function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h > 0
    ? m > 0
      ? t('time.hoursMinutes', { h, m })
      : t('time.hours', { h })
    : t('time.minutes', { m });
}

/** Someone opened a share link: ask before touching this device's own selection. */
function ImportPanel({ slug, codes, known }: { slug: string; codes: string[]; known: Session[] }) {
  const [, setSearch] = useSearchParams();
  const addStars = useMySchedule((s) => s.addStars);
  const replaceStars = useMySchedule((s) => s.replaceStars);
  const current = useStarredCodes(slug);
  const found = known.filter((s) => codes.includes(s.code));
  const done = () => setSearch({}, { replace: true });
  return (
    <section
      aria-labelledby="import-heading"
      className="mb-6 rounded-md border-l-4 border-indigo-700 bg-indigo-50 p-3 text-indigo-900 dark:border-indigo-400 dark:bg-indigo-950 dark:text-indigo-100"
    >
      <h2 id="import-heading" className="text-lg font-bold">
        {t('my.importTitle', { count: found.length })}
      </h2>
      <ul className="mt-2 text-sm">
        {found.slice(0, 12).map((s) => (
          <li key={s.code}>{s.title}</li>
        ))}
        {found.length > 12 ? <li>{t('my.importMore', { count: found.length - 12 })}</li> : null}
      </ul>
      {found.length === 0 ? <p className="text-sm">{t('my.importNone')}</p> : null}
      <div className="mt-3 flex flex-wrap gap-2">
        {found.length > 0 ? (
          <button
            type="button"
            className={primaryButton}
            onClick={() => {
              addStars(
                slug,
                found.map((s) => s.code),
              );
              done();
            }}
          >
            {t('my.importAdd')}
          </button>
        ) : null}
        {found.length > 0 && current.length > 0 ? (
          <button
            type="button"
            className={secondaryButton}
            onClick={() => {
              replaceStars(
                slug,
                found.map((s) => s.code),
              );
              done();
            }}
          >
            {t('my.importReplace', { count: current.length })}
          </button>
        ) : null}
        <button type="button" className={secondaryButton} onClick={done}>
          {t('my.importIgnore')}
        </button>
      </div>
    </section>
  );
}

function PlanEntry({
  item,
  slug,
  zone,
  now,
  change,
  movedFrom,
}: {
  item: PlanItem;
  slug: string;
  zone: string;
  now: Date;
  change: SessionChange | null;
  movedFrom: string | undefined;
}) {
  const { session, overlaps, gapBeforeMinutes } = item;
  const conference = useConference(slug);
  return (
    <li>
      {gapBeforeMinutes >= 5 ? (
        <p className="py-2 text-center text-sm text-slate-600 dark:text-slate-400" data-testid="gap">
          {t('my.gap', { duration: formatMinutes(gapBeforeMinutes) })}
        </p>
      ) : null}
      {overlaps.length > 0 ? (
        <p
          className="mb-1 flex items-center gap-2 rounded-md border-l-4 border-red-700 bg-red-50 px-2 py-1 text-sm font-medium text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100"
          data-testid="overlap"
        >
          <Icon path={pageIcons.warning} className="h-4 w-4 shrink-0" />
          <span>{t('my.overlaps', { titles: overlaps.map((o) => `“${o.title}”`).join(', ') })}</span>
        </p>
      ) : null}
      <SessionCard
        session={session}
        conference={conference}
        zone={zone}
        live={isRunning(session, now)}
        change={change}
        movedFrom={movedFrom}
      />
    </li>
  );
}

/** The share link as a QR code, drawn (and its code fetched) only once it is opened. */
function ShareQrDisclosure({ url, count }: { url: string; count: number }) {
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className={`${textLink} min-h-11 cursor-pointer py-2.5`}>{t('my.qrShow')}</summary>
      {open ? (
        <Suspense fallback={<p className="mt-3 text-sm">{t('app.loading')}</p>}>
          <LazyShareQr url={url} count={count} />
        </Suspense>
      ) : null}
    </details>
  );
}

/** The attendee's own schedule: starred sessions by day, overlaps and gaps, export and share. */
export function MyScheduleRoute() {
  const slug = useRequiredParam('slug');
  const [search] = useSearchParams();
  const conference = useConference(slug);
  const all = useSessions(slug);
  const starred = useStarredCodes(slug);
  const { zone, mode } = useShownZone(conference.timeZone);
  const now = useNow();
  const shared = parseSharedCodes(search.get('codes'));
  const mine = all.filter((s) => starred.includes(s.code));
  const days = planDays(mine, conference.timeZone);
  const codes = mine.map((s) => s.code);
  const origin = typeof location === 'undefined' ? '' : location.origin;
  const shareUrl = `${origin}/${slug}/my?codes=${codes.join(',')}`;
  const feed = `${origin}${apiPaths.scheduleIcs(slug)}`;
  const overlapCount = days.reduce((n, d) => n + d.items.filter((i) => i.overlaps.length > 0).length, 0);
  // A starred session that moved, changed or was cancelled since the last look is flagged here
  // too, not only on the Schedule tab: this is the page people check before walking to a room.
  const { changes: allChanges, markAllSeen } = useScheduleChanges(conference, all);
  const changes = new Map([...allChanges].filter(([code]) => starred.includes(code)));
  const moves = useMoves(conference, useSeenSnapshot(slug)?.version, zone);

  return (
    <>
      <PageHeading intro={t('my.intro')}>{t('my.title')}</PageHeading>
      {shared.length > 0 ? <ImportPanel slug={slug} codes={shared} known={all} /> : null}
      <LazyChangesNotice
        conference={conference}
        sessions={all}
        changes={changes}
        zone={zone}
        onSeen={markAllSeen}
      />
      {mine.length === 0 ? (
        <div className="rounded-lg border border-slate-300 p-4 text-slate-700 dark:border-slate-700 dark:text-slate-300">
          <p className="mb-2 flex items-center gap-2">
            <Icon name="star" className="h-5 w-5" />
            {t('my.empty')}
          </p>
          <Link to={`/${slug}`} className={standaloneLink}>
            {t('my.browse')}
          </Link>
        </div>
      ) : (
        <>
          <p className="mb-3 text-slate-700 dark:text-slate-300">
            {t('my.count', { count: mine.length })}
            {overlapCount > 0 ? ` · ${t('my.overlapCount', { count: overlapCount })}` : ''}
          </p>
          <ZoneSwitch zone={zone} mode={mode} at={mine[0]?.startsAt ?? now} />
          <div className="space-y-8">
            {days.map((day) => (
              <section key={day.date} aria-labelledby={`my-${day.date}`}>
                <h2
                  id={`my-${day.date}`}
                  className="mb-3 text-xl font-bold text-slate-900 dark:text-slate-50"
                >
                  {formatDay(day.date, undefined, 'long')}
                </h2>
                <ol className="space-y-3">
                  {day.items.map((item) => (
                    <PlanEntry
                      key={item.session.code}
                      item={item}
                      slug={slug}
                      zone={zone}
                      now={now}
                      change={changes.get(item.session.code) ?? null}
                      movedFrom={moves.get(item.session.code)}
                    />
                  ))}
                </ol>
              </section>
            ))}
          </div>
        </>
      )}
      <section aria-labelledby="export-heading" className="mt-6 max-w-3xl space-y-3">
        <h2 id="export-heading" className="text-lg font-bold text-slate-900 dark:text-slate-50">
          {t('my.exportTitle')}
        </h2>
        {mine.length > 0 ? (
          <>
            <p>
              <a
                href={apiPaths.scheduleIcs(slug, codes)}
                download={`${slug}-my-schedule.ics`}
                className={`${secondaryButton} gap-1.5`}
              >
                <Icon path={pageIcons.calendar} className="h-4 w-4" />
                {t('my.exportIcs', { count: mine.length })}
              </a>
            </p>
            <p>
              <ShareLinkButton
                url={shareUrl}
                title={t('my.shareTitle', { conference: conference.name })}
                label={t('my.share')}
              />
            </p>
            <p className="text-sm text-slate-600 dark:text-slate-400">{t('my.shareHint')}</p>
            <ShareQrDisclosure url={shareUrl} count={mine.length} />
          </>
        ) : null}
        <p className="text-slate-800 dark:text-slate-200">
          {t('my.subscribeIntro')}{' '}
          <a href={feed.replace(/^https?:/, 'webcal:')} className={textLink}>
            {t('my.subscribe')}
          </a>{' '}
          ·{' '}
          <a href={apiPaths.scheduleIcs(slug)} className={textLink}>
            {t('my.downloadAll')}
          </a>
        </p>
      </section>
    </>
  );
}

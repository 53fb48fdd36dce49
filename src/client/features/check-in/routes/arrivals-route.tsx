import { type CheckInStats, type ListedScan } from '@shared/contract/check-in';
import { type QueryClient } from '@tanstack/react-query';
import { type ReactNode, useId, useState } from 'react';
import { Link, type LoaderFunctionArgs } from 'react-router';
import { requireRole } from '@client/features/auth';
import { conferenceQueryOptions, useConference } from '@client/features/conference';
import { type MessageKey, t } from '@client/i18n';
import { dateLocale, formatDay, formatNumber, formatTime } from '@client/lib/format';
import { requireParam, useRequiredParam } from '@client/lib/route-params';
import { textLink } from '@client/ui/button-styles';
import { PageHeading } from '@client/ui/page-heading';
import { desksQueryOptions, useDesks } from '../api/desks';
import { arrivalSeriesQueryOptions, useArrivalSeries } from '../api/get-arrival-series';
import { checkInStatsQueryOptions, useCheckInStats } from '../api/get-check-in-stats';
import { useScans } from '../api/get-scans';
import { ArrivalsChart } from '../components/arrivals-chart';
import { DesksPanel } from '../components/desks-panel';

const FAILED = { only: 'failed' as const, limit: 50 };
const CONFLICTS = { only: 'conflicts' as const, limit: 50 };

export const arrivalsLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const slug = requireParam(params, 'slug');
    await requireRole(queryClient, request, 'organizer');
    const [series] = await Promise.all([
      queryClient.ensureQueryData(arrivalSeriesQueryOptions(slug, null)),
      queryClient.ensureQueryData(conferenceQueryOptions(slug)),
      queryClient.ensureQueryData(desksQueryOptions(slug)),
    ]);
    // The figures are for the chart's day (today during the event), as the desks count them.
    await queryClient.ensureQueryData(checkInStatsQueryOptions(slug, series.day));
    return null;
  };

const percent = (part: number, whole: number) =>
  whole === 0 ? '–' : new Intl.NumberFormat(undefined, { style: 'percent' }).format(part / whole);

function Card({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-lg border border-slate-300 bg-white p-4 dark:border-slate-700 dark:bg-slate-900"
    >
      <h2 id={headingId} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

function TallyTable({
  rows,
  caption,
}: {
  rows: { key: string; name: string; checkedIn: number; expected: number }[];
  caption: string;
}) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-300 dark:border-slate-700">
          <th scope="col" className="py-1 pr-2 font-semibold">
            {caption}
          </th>
          <th scope="col" className="py-1 pr-2 text-right font-semibold">
            {t('arrivals.checkedIn')}
          </th>
          <th scope="col" className="py-1 text-right font-semibold">
            {t('arrivals.rate')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} className="border-b border-slate-200 dark:border-slate-800">
            <th scope="row" className="py-1 pr-2 font-normal">
              {r.name}
            </th>
            <td className="py-1 pr-2 text-right tabular-nums">
              {formatNumber(r.checkedIn)} / {formatNumber(r.expected)}
            </td>
            <td className="py-1 text-right tabular-nums">{percent(r.checkedIn, r.expected)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Who a scan was for: the holder and ticket type when the code named a known ticket. */
function ScanWho({ scan }: { scan: ListedScan }) {
  if (!scan.ticket) return <span className="font-semibold">{t('arrivals.unknownCode')}</span>;
  return (
    <>
      <span className="font-semibold">{scan.ticket.holderName}</span>
      <span className="text-slate-700 dark:text-slate-300"> · {scan.ticket.typeName}</span>
    </>
  );
}

function ScanRows({
  scans,
  slug,
  timeZone,
  empty,
}: {
  scans: readonly ListedScan[];
  slug: string;
  timeZone: string;
  empty: MessageKey;
}) {
  if (scans.length === 0) return <p className="text-slate-700 dark:text-slate-300">{t(empty)}</p>;
  return (
    <ul className="divide-y divide-slate-200 text-sm dark:divide-slate-800">
      {scans.map((s) => {
        const body = (
          <>
            <span className="block">
              <ScanWho scan={s} />
            </span>
            <span className="block text-slate-700 dark:text-slate-300">
              <span className="tabular-nums">{formatTime(s.scannedAt, timeZone)}</span> ·{' '}
              {t(`arrivals.verdict.${s.verdict}`)} · {s.deskName}
              {s.offline ? ` · ${t('arrivals.offline')}` : ''}
            </span>
          </>
        );
        return (
          <li key={s.id}>
            {s.ticket && s.ticketId ? (
              // No ticket page of its own: the ticket list opens searched for this one ticket.
              <Link
                to={`/${slug}/organizer/tickets?q=${encodeURIComponent(s.ticketId)}`}
                className="-mx-2 flex min-h-11 items-center justify-between gap-2 rounded-md px-2 py-2 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-600 dark:hover:bg-slate-800"
              >
                <span className="min-w-0">{body}</span>
                <span aria-hidden="true" className="text-xl text-indigo-700 dark:text-indigo-300">
                  ›
                </span>
              </Link>
            ) : (
              <div className="py-2">{body}</div>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** "Not counted: 45 for other days, 3 cancelled, 1 blocked.", naming only what there is. */
function notCountedText({ notExpected }: CheckInStats): string | null {
  const parts = (
    [
      ['arrivals.notCounted.otherDays', notExpected.otherDays],
      ['arrivals.notCounted.cancelled', notExpected.cancelled],
      ['arrivals.notCounted.blocked', notExpected.blocked],
    ] as const
  )
    .filter(([, count]) => count > 0)
    .map(([key, count]) => t(key, { count }));
  if (parts.length === 0) return null;
  const list = new Intl.ListFormat(dateLocale(), { type: 'conjunction' }).format(parts);
  return t('arrivals.notCounted', { parts: list });
}

/** Live arrivals for organizers: over time, show-up rate, by type, list and country, and the scans that need a look. */
export function ArrivalsRoute() {
  const slug = useRequiredParam('slug');
  const conference = useConference(slug);
  const tz = conference.timeZone;
  const [chosenDay, setChosenDay] = useState<string | null>(null);
  const series = useArrivalSeries(slug, chosenDay).data;
  // One day for every figure on the page, the same the desks count for (never the whole
  // event against a day's list): the chart's day, today during the event.
  const day = chosenDay ?? series?.day ?? null;
  const stats = useCheckInStats(slug, day).data;
  const notCounted = stats ? notCountedText(stats) : null;
  const desks = useDesks(slug).data;
  const dayId = useId();
  const failed = useScans(slug, FAILED).data?.scans ?? [];
  const conflicts = useScans(slug, CONFLICTS).data?.scans ?? [];

  return (
    <div className="max-w-5xl space-y-4">
      <p className="text-sm">
        <Link to={`/${slug}/organizer`} className={textLink}>
          <span aria-hidden="true">← </span>
          {t('people.back')}
        </Link>
      </p>
      <PageHeading intro={t('arrivals.intro')}>{t('arrivals.title')}</PageHeading>
      {series && series.days.length > 1 ? (
        <div className="flex items-center gap-2">
          <label htmlFor={dayId} className="text-sm font-medium">
            {t('arrivals.day')}
          </label>
          <select
            id={dayId}
            value={series.day}
            onChange={(e) => setChosenDay(e.target.value)}
            className="min-h-11 rounded-md border border-slate-500 bg-white px-2 py-1 dark:border-slate-400 dark:bg-slate-900"
          >
            {series.days.map((d) => (
              <option key={d} value={d}>
                {formatDay(d)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {stats ? (
        <section aria-labelledby={`${dayId}-figures`} className="space-y-2">
          <h2 id={`${dayId}-figures`} className="sr-only">
            {t('arrivals.checkedIn')}
          </h2>
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            {(
              [
                ['arrivals.showUp', percent(stats.conference.checkedIn, stats.conference.expected)],
                [
                  'arrivals.checkedIn',
                  `${formatNumber(stats.conference.checkedIn)} / ${formatNumber(stats.conference.expected)}`,
                ],
                ['arrivals.failed', formatNumber(stats.failedScans)],
                ['arrivals.conflicts', formatNumber(stats.conflicts)],
              ] as [MessageKey, string][]
            ).map(([key, value]) => (
              <div
                key={key}
                className="rounded-lg border border-slate-300 bg-white p-3 dark:border-slate-700 dark:bg-slate-900"
              >
                <dt className="text-sm text-slate-700 dark:text-slate-300">{t(key)}</dt>
                <dd className="text-2xl font-bold tabular-nums">{value}</dd>
              </div>
            ))}
          </dl>
          {stats.day ? (
            <p className="text-sm text-slate-700 dark:text-slate-300" data-testid="arrivals-denominator">
              {t('arrivals.denominator', { count: stats.conference.expected, day: formatDay(stats.day) })}
              {notCounted ? ` ${notCounted}` : ''}
            </p>
          ) : null}
        </section>
      ) : null}
      <Card title={t('arrivals.desksTitle')}>{desks ? <DesksPanel data={desks} timeZone={tz} /> : null}</Card>
      <Card
        title={series ? t('arrivals.overTimeOn', { day: formatDay(series.day) }) : t('arrivals.overTime')}
      >
        {series ? <ArrivalsChart series={series} timeZone={tz} /> : null}
      </Card>
      {stats ? (
        <div className="grid gap-4 md:grid-cols-2">
          <Card title={t('arrivals.byList')}>
            <TallyTable
              caption={t('arrivals.list')}
              rows={stats.lists.map((l) => ({ key: l.listId, ...l }))}
            />
          </Card>
          <Card title={t('arrivals.byType')}>
            <TallyTable
              caption={t('arrivals.type')}
              rows={stats.byTicketType.map((r) => ({ key: r.typeId, ...r }))}
            />
          </Card>
          <Card title={t('arrivals.byCountry')}>
            <TallyTable
              caption={t('arrivals.country')}
              rows={stats.byCountry.map((r) => ({
                key: r.country ?? '-',
                name: r.country ?? t('arrivals.noCountry'),
                checkedIn: r.checkedIn,
                expected: r.expected,
              }))}
            />
          </Card>
          <div className="space-y-4">
            <Card title={t('arrivals.conflictsTitle')}>
              <ScanRows scans={conflicts} slug={slug} timeZone={tz} empty="arrivals.noConflicts" />
            </Card>
            <Card title={t('arrivals.failedTitle')}>
              <ScanRows scans={failed} slug={slug} timeZone={tz} empty="arrivals.noFailed" />
            </Card>
          </div>
        </div>
      ) : null}
    </div>
  );
}

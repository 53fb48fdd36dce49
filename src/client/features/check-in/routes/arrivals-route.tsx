import { type Scan } from '@shared/contract/check-in';
import { type QueryClient } from '@tanstack/react-query';
import { type ReactNode, useId, useState } from 'react';
import { Link, type LoaderFunctionArgs } from 'react-router';
import { requireRole } from '@client/features/auth';
import { conferenceQueryOptions, useConference } from '@client/features/conference';
import { type MessageKey, t } from '@client/i18n';
import { formatDay, formatNumber, formatTime } from '@client/lib/format';
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
    await Promise.all([
      queryClient.ensureQueryData(conferenceQueryOptions(slug)),
      queryClient.ensureQueryData(checkInStatsQueryOptions(slug, null)),
      queryClient.ensureQueryData(arrivalSeriesQueryOptions(slug, null)),
      queryClient.ensureQueryData(desksQueryOptions(slug)),
    ]);
    return null;
  };

const percent = (part: number, whole: number) =>
  whole === 0 ? '–' : new Intl.NumberFormat(undefined, { style: 'percent' }).format(part / whole);

function Card({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="rounded-lg border border-slate-300 bg-white p-4 dark:border-slate-700 dark:bg-slate-900">
      <h2 className="mb-3 text-lg font-semibold">{title}</h2>
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

function ScanRows({
  scans,
  timeZone,
  empty,
}: {
  scans: readonly Scan[];
  timeZone: string;
  empty: MessageKey;
}) {
  if (scans.length === 0) return <p className="text-slate-700 dark:text-slate-300">{t(empty)}</p>;
  return (
    <ul className="divide-y divide-slate-200 text-sm dark:divide-slate-800">
      {scans.map((s) => (
        <li key={s.id} className="py-2">
          <span className="font-semibold tabular-nums">{formatTime(s.scannedAt, timeZone)}</span> ·{' '}
          {t(`arrivals.verdict.${s.verdict}`)} · {s.deskName}
          {s.offline ? ` · ${t('arrivals.offline')}` : ''}
          {s.ticketId ? (
            <span className="block text-slate-700 dark:text-slate-300">
              {t('arrivals.ticket', { id: s.ticketId })}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** Live arrivals for organizers: over time, show-up rate, by type, list and country, and the scans that need a look. */
export function ArrivalsRoute() {
  const slug = useRequiredParam('slug');
  const conference = useConference(slug);
  const tz = conference.timeZone;
  const stats = useCheckInStats(slug, null).data;
  const [chosenDay, setChosenDay] = useState<string | null>(null);
  const series = useArrivalSeries(slug, chosenDay).data;
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
      {stats ? (
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
      ) : null}
      <Card title={t('arrivals.desksTitle')}>{desks ? <DesksPanel data={desks} timeZone={tz} /> : null}</Card>
      <Card
        title={series ? t('arrivals.overTimeOn', { day: formatDay(series.day) }) : t('arrivals.overTime')}
      >
        {series ? (
          <div className="space-y-3">
            {series.days.length > 1 ? (
              <div className="flex items-center gap-2">
                <label htmlFor={dayId} className="text-sm font-medium">
                  {t('arrivals.day')}
                </label>
                <select
                  id={dayId}
                  value={series.day}
                  onChange={(e) => setChosenDay(e.target.value)}
                  className="rounded-md border border-slate-500 bg-white px-2 py-1 dark:border-slate-400 dark:bg-slate-900"
                >
                  {series.days.map((d) => (
                    <option key={d} value={d}>
                      {formatDay(d)}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
            <ArrivalsChart series={series} timeZone={tz} />
          </div>
        ) : null}
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
              <ScanRows scans={conflicts} timeZone={tz} empty="arrivals.noConflicts" />
            </Card>
            <Card title={t('arrivals.failedTitle')}>
              <ScanRows scans={failed} timeZone={tz} empty="arrivals.noFailed" />
            </Card>
          </div>
        </div>
      ) : null}
    </div>
  );
}

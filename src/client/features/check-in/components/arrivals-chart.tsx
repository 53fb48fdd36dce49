import { type ArrivalSeries } from '@shared/contract/desk';
import { t } from '@client/i18n';
import { formatDay, formatNumber, formatTime } from '@client/lib/format';

const BAR = 14;
const GAP = 4;
const HEIGHT = 140;
const AXIS = 18;

/**
 * Admissions per 15 minutes as plain SVG bars with the hours marked below, and the same
 * figures as a table (per list too) for screen readers and anyone who wants the numbers.
 */
export function ArrivalsChart({ series, timeZone }: { series: ArrivalSeries; timeZone: string }) {
  const { buckets } = series;
  if (buckets.length === 0)
    return <p className="text-slate-700 dark:text-slate-300">{t('arrivals.noArrivalsOn')}</p>;
  const max = Math.max(...buckets.map((b) => b.count), 1);
  const width = buckets.length * (BAR + GAP);
  const lists = series.lists
    .map((l, i) => ({ ...l, i }))
    .filter((l) => buckets.some((b) => (b.byList[l.i] ?? 0) > 0));
  return (
    <div className="space-y-3">
      <div className="overflow-x-auto">
        <svg
          role="img"
          aria-label={t('arrivals.seriesLabel', { count: series.total, day: formatDay(series.day) })}
          viewBox={`0 0 ${width} ${HEIGHT + AXIS}`}
          width={width}
          height={HEIGHT + AXIS}
          className="text-indigo-700 dark:text-indigo-300"
        >
          <line
            x1={0}
            x2={width}
            y1={HEIGHT + 0.5}
            y2={HEIGHT + 0.5}
            stroke="currentColor"
            className="text-slate-500"
          />
          {buckets.map((b, i) => {
            const h = Math.round((b.count / max) * (HEIGHT - 16));
            const x = i * (BAR + GAP);
            return (
              <g key={b.startsAt}>
                <rect x={x} y={HEIGHT - h} width={BAR} height={h} fill="currentColor" rx={2}>
                  <title>
                    {t('arrivals.barTitle', { time: formatTime(b.startsAt, timeZone), count: b.count })}
                  </title>
                </rect>
                {b.count > 0 ? (
                  <text
                    x={x + BAR / 2}
                    y={HEIGHT - h - 3}
                    textAnchor="middle"
                    fontSize={9}
                    className="fill-slate-800 dark:fill-slate-200"
                  >
                    {b.count}
                  </text>
                ) : null}
                {b.start.endsWith(':00') ? (
                  <text x={x} y={HEIGHT + 13} fontSize={10} className="fill-slate-700 dark:fill-slate-300">
                    {b.start}
                  </text>
                ) : null}
              </g>
            );
          })}
        </svg>
      </div>
      <details>
        <summary className="cursor-pointer text-sm font-medium">{t('arrivals.seriesTable')}</summary>
        <div className="mt-2 max-h-80 overflow-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t('arrivals.seriesTable')}</caption>
            <thead>
              <tr className="border-b border-slate-300 dark:border-slate-700">
                <th scope="col" className="py-1 pr-2 font-semibold">
                  {t('arrivals.time')}
                </th>
                {lists.map((l) => (
                  <th key={l.listId} scope="col" className="py-1 pr-2 text-right font-semibold">
                    {l.name}
                  </th>
                ))}
                <th scope="col" className="py-1 text-right font-semibold">
                  {t('arrivals.total')}
                </th>
              </tr>
            </thead>
            <tbody>
              {buckets.map((b) => (
                <tr key={b.startsAt} className="border-b border-slate-200 dark:border-slate-800">
                  <th scope="row" className="py-1 pr-2 font-normal tabular-nums">
                    {formatTime(b.startsAt, timeZone)}
                  </th>
                  {lists.map((l) => (
                    <td key={l.listId} className="py-1 pr-2 text-right tabular-nums">
                      {formatNumber(b.byList[l.i] ?? 0)}
                    </td>
                  ))}
                  <td className="py-1 text-right font-semibold tabular-nums">{formatNumber(b.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}

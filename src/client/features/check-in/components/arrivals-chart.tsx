import { type ArrivalSeries } from '@shared/contract/desk';
import { type RefObject, useEffect, useId, useRef, useState } from 'react';
import { t } from '@client/i18n';
import { formatDay, formatNumber, formatTime } from '@client/lib/format';

const HEIGHT = 180;
const TOP = 24;
const BOTTOM = 24;
const LEFT = 36;
const RIGHT = 8;
const HOUR = 3_600_000;
/** The narrowest a labelled hour may be before labels skip hours. */
const MIN_TICK_PX = 52;

/** The width the chart may take, followed as the window or the panel resizes. */
function useWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry && entry.contentRect.width > 0) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/** 1, 2, 5, 10, 20, 50…: the smallest step that marks `max` with at most four lines. */
export function countStep(max: number): number {
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const step of [1, 2, 5].map((m) => m * magnitude)) if (max / step <= 4) return step;
  }
}

/**
 * The time shown: whole local hours around the busy buckets, two at least, so three arrivals
 * in one quarter hour still sit on a time scale. Bucket starts are local wall-clock times, so
 * the hours are the conference's own (a +05:30 zone included).
 */
export function timeWindow(series: ArrivalSeries): { from: number; to: number } {
  const first = series.buckets[0]!;
  const last = series.buckets[series.buckets.length - 1]!;
  const intoHour = (b: { start: string }) => Number(b.start.slice(3, 5)) * 60_000;
  const from = Date.parse(first.startsAt) - intoHour(first);
  const lastEnd = Date.parse(last.startsAt) + series.bucketMinutes * 60_000;
  const endIntoHour = (intoHour(last) + series.bucketMinutes * 60_000) % HOUR;
  const to = endIntoHour === 0 ? lastEnd : lastEnd + HOUR - endIntoHour;
  return { from, to: Math.max(to, from + 2 * HOUR) };
}

/**
 * Admissions per 15 minutes as plain SVG bars on a time axis (hours of the conference's zone,
 * written as every other time in the app) and a count axis, and the same figures as a table
 * (per list too) for screen readers and anyone who wants the numbers.
 */
export function ArrivalsChart({ series, timeZone }: { series: ArrivalSeries; timeZone: string }) {
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box, 640);
  const titleId = useId();
  const descId = useId();
  const { buckets } = series;
  if (buckets.length === 0)
    return <p className="text-slate-700 dark:text-slate-300">{t('arrivals.noArrivalsOn')}</p>;
  const max = Math.max(...buckets.map((b) => b.count), 1);
  const step = countStep(max);
  const top = Math.ceil(max / step) * step;
  const { from, to } = timeWindow(series);
  const plot = Math.max(width - LEFT - RIGHT, 120);
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const x = (at: number) => LEFT + ((at - from) / (to - from)) * plot;
  const y = (count: number) => TOP + plotHeight - (count / top) * plotHeight;
  const hours = Math.round((to - from) / HOUR);
  const everyHours = Math.max(1, Math.ceil(MIN_TICK_PX / (plot / hours)));
  const ticks = Array.from(
    { length: Math.floor(hours / everyHours) + 1 },
    (_, i) => from + i * everyHours * HOUR,
  );
  const counts = Array.from({ length: top / step + 1 }, (_, i) => i * step);
  const barWidth = Math.max(((series.bucketMinutes * 60_000) / (to - from)) * plot - 2, 2);
  const busiest = Math.max(...buckets.map((b) => b.count));
  const lists = series.lists
    .map((l, i) => ({ ...l, i }))
    .filter((l) => buckets.some((b) => (b.byList[l.i] ?? 0) > 0));
  return (
    <div className="space-y-3">
      <div ref={box} className="w-full">
        <svg
          role="img"
          aria-labelledby={titleId}
          aria-describedby={descId}
          viewBox={`0 0 ${LEFT + plot + RIGHT} ${HEIGHT}`}
          width={LEFT + plot + RIGHT}
          height={HEIGHT}
          className="block text-indigo-700 dark:text-indigo-300"
        >
          <title id={titleId}>
            {t('arrivals.seriesLabel', { count: series.total, day: formatDay(series.day) })}
          </title>
          <desc id={descId}>
            {t('arrivals.chartDesc', {
              from: formatTime(new Date(from), timeZone),
              to: formatTime(new Date(to), timeZone),
              max: busiest,
            })}
          </desc>
          <text x={0} y={10} fontSize={10} className="fill-slate-700 dark:fill-slate-300">
            {t('arrivals.axisCount')}
          </text>
          {counts.map((c) => (
            <g key={c}>
              <line
                x1={LEFT}
                x2={LEFT + plot}
                y1={y(c) + 0.5}
                y2={y(c) + 0.5}
                className={c === 0 ? 'stroke-slate-500' : 'stroke-slate-200 dark:stroke-slate-700'}
              />
              {c > 0 ? (
                <text
                  x={LEFT - 6}
                  y={y(c) + 3.5}
                  textAnchor="end"
                  fontSize={10}
                  className="fill-slate-700 tabular-nums dark:fill-slate-300"
                >
                  {formatNumber(c)}
                </text>
              ) : null}
            </g>
          ))}
          {ticks.map((at) => (
            <g key={at}>
              <line
                x1={x(at) + 0.5}
                x2={x(at) + 0.5}
                y1={TOP + plotHeight}
                y2={TOP + plotHeight + 4}
                className="stroke-slate-500"
              />
              <text
                x={x(at)}
                y={HEIGHT - 6}
                textAnchor={at === from ? 'start' : at === to ? 'end' : 'middle'}
                fontSize={10}
                className="fill-slate-700 tabular-nums dark:fill-slate-300"
              >
                {formatTime(new Date(at), timeZone)}
              </text>
            </g>
          ))}
          {buckets.map((b) =>
            b.count > 0 ? (
              <rect
                key={b.startsAt}
                x={x(Date.parse(b.startsAt)) + 1}
                y={y(b.count)}
                width={barWidth}
                height={TOP + plotHeight - y(b.count)}
                fill="currentColor"
                rx={1.5}
              >
                <title>
                  {t('arrivals.barTitle', { time: formatTime(b.startsAt, timeZone), count: b.count })}
                </title>
              </rect>
            ) : null,
          )}
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

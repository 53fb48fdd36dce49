import { t } from '@client/i18n';
import { type ArrivalBucket } from '../lib/arrival-buckets';

const BAR = 14;
const GAP = 4;
const HEIGHT = 140;
const AXIS = 18;

/** Arrivals per 15 minutes as plain SVG bars, with the hours marked below. */
export function ArrivalsChart({ buckets, label }: { buckets: readonly ArrivalBucket[]; label: string }) {
  if (buckets.length === 0)
    return <p className="text-slate-700 dark:text-slate-300">{t('arrivals.noArrivals')}</p>;
  const max = Math.max(...buckets.map((b) => b.count), 1);
  const width = buckets.length * (BAR + GAP);
  return (
    <div className="overflow-x-auto">
      <svg
        role="img"
        aria-label={label}
        viewBox={`0 0 ${width} ${HEIGHT + AXIS}`}
        width={width}
        height={HEIGHT + AXIS}
        className="text-indigo-700 dark:text-indigo-300"
      >
        {buckets.map((b, i) => {
          const h = Math.round((b.count / max) * (HEIGHT - 16));
          const x = i * (BAR + GAP);
          return (
            <g key={b.start}>
              <rect x={x} y={HEIGHT - h} width={BAR} height={h} fill="currentColor" rx={2}>
                <title>{t('arrivals.barTitle', { time: b.start, count: b.count })}</title>
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
  );
}

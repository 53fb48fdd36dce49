import { type Shift } from '@shared/contract/shift';
import { t } from '@client/i18n';
import { formatDay } from '@client/lib/format';
import { card, muted } from '@client/ui/staff-styles';
import { formatShiftTime } from '@client/features/volunteer';
import { type CoverageTotal, missingOn } from '../lib/coverage-rows';

/** Needed vs held per role or per day; the number missing is written out, not only coloured. */
export function CoverageTotals({ caption, totals }: { caption: string; totals: CoverageTotal[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm text-slate-900 dark:text-slate-100">
        <caption className="mb-1 text-left font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-400 dark:border-slate-600">
            <th scope="col" className="py-1 pr-3">
              {t('coord.coverage.col.what')}
            </th>
            <th scope="col" className="py-1 pr-3 text-right">
              {t('coord.coverage.col.held')}
            </th>
            <th scope="col" className="py-1 text-right">
              {t('coord.coverage.col.short')}
            </th>
          </tr>
        </thead>
        <tbody>
          {totals.map((row) => (
            <tr key={row.key} className="border-b border-slate-200 dark:border-slate-800">
              <th scope="row" className="py-1 pr-3 font-medium">
                {row.label}
              </th>
              <td className="py-1 pr-3 text-right tabular-nums">
                {t('coord.list.places', { taken: row.taken, count: row.needed })}
              </td>
              <td className="py-1 text-right tabular-nums">
                {row.understaffed > 0
                  ? t('coord.coverage.shortShifts', { count: row.understaffed })
                  : t('coord.coverage.ok')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function CoverageList({ shifts, zone }: { shifts: Shift[]; zone: string }) {
  if (shifts.length === 0) return <p className={muted}>{t('coord.coverage.none')}</p>;
  return (
    <ol className="space-y-2" aria-label={t('coord.coverage.listLabel')}>
      {shifts.map((s) => {
        const missing = missingOn(s);
        return (
          <li
            key={s.id}
            className={`${card} border-l-4 ${missing > 0 ? 'border-l-amber-600 dark:border-l-amber-300' : 'border-l-green-700 dark:border-l-green-400'}`}
          >
            <div className="flex flex-wrap items-baseline justify-between gap-x-3">
              <p className="font-semibold text-slate-900 dark:text-slate-50">
                {s.roleName} · {s.place}
              </p>
              <p className="text-sm font-semibold text-slate-900 dark:text-slate-100">
                {missing > 0 ? t('coord.coverage.missing', { count: missing }) : t('coord.coverage.staffed')}
              </p>
            </div>
            <p className={muted}>
              {formatDay(s.day)} {formatShiftTime(s, zone)} ·{' '}
              {t('coord.list.places', { taken: s.taken, count: s.capacity })}
              {s.waiting > 0 ? ` · ${t('coord.list.waiting', { count: s.waiting })}` : ''}
            </p>
          </li>
        );
      })}
    </ol>
  );
}

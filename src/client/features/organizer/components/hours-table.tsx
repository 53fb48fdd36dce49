import { type VolunteerHours } from '@shared/contract/coordination';
import { t } from '@client/i18n';
import { formatNumber } from '@client/lib/format';
import { muted } from '@client/ui/staff-styles';

/** Hours per volunteer; on a phone each person is a small card, on a wide screen a table row. */
export function HoursTable({ volunteers }: { volunteers: VolunteerHours[] }) {
  if (volunteers.length === 0) return <p className={muted}>{t('coord.hours.none')}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm text-slate-900 dark:text-slate-100">
        <caption className="sr-only">{t('coord.hours.tableCaption')}</caption>
        <thead>
          <tr className="border-b border-slate-400 dark:border-slate-600">
            <th scope="col" className="py-2 pr-3">
              {t('coord.hours.col.name')}
            </th>
            <th scope="col" className="py-2 pr-3 text-right">
              {t('coord.hours.col.shifts')}
            </th>
            <th scope="col" className="py-2 pr-3 text-right">
              {t('coord.hours.col.hours')}
            </th>
            <th scope="col" className="py-2 pr-3 text-right">
              {t('coord.hours.col.night')}
            </th>
            <th scope="col" className="py-2 text-right">
              {t('coord.hours.col.credited')}
            </th>
          </tr>
        </thead>
        <tbody>
          {volunteers.map((v) => (
            <tr key={v.user.id} className="border-b border-slate-200 align-top dark:border-slate-800">
              <th scope="row" className="py-2 pr-3 font-medium">
                {v.user.name}
                <span className="block text-xs font-normal text-slate-700 dark:text-slate-300">
                  {v.roles.join(', ')}
                </span>
              </th>
              <td className="py-2 pr-3 text-right tabular-nums">{formatNumber(v.shifts)}</td>
              <td className="py-2 pr-3 text-right tabular-nums">{formatNumber(v.hours)}</td>
              <td className="py-2 pr-3 text-right tabular-nums">{formatNumber(v.nightHours)}</td>
              <td className="py-2 text-right font-semibold tabular-nums">{formatNumber(v.creditedHours)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

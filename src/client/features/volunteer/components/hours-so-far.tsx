import { t } from '@client/i18n';
import { formatNumber } from '@client/lib/format';
import { useMyHours } from '../api/hours-mine';

/** Hours worked so far as the organizers count them, night bonus included. */
export function HoursSoFar({ slug, userId }: { slug: string; userId: string }) {
  const data = useMyHours(slug, userId).data;
  if (!data || data.totals.shifts === 0) return null;
  const { totals, policy } = data;
  return (
    <span
      className="mt-1 block text-sm font-normal text-slate-700 dark:text-slate-300"
      data-testid="hours-credited"
    >
      {totals.nightHours > 0 && policy.nightMultiplier > 1
        ? t('coord.hoursMine.withNight', {
            hours: formatNumber(totals.creditedHours),
            night: formatNumber(totals.nightHours),
            x: policy.nightMultiplier,
          })
        : t('coord.hoursMine.plain', { hours: formatNumber(totals.creditedHours) })}
    </span>
  );
}

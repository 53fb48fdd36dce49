import { type SignoffRequest } from '@shared/contract/volunteering';
import { useId } from 'react';
import { formatDay } from '@client/lib/format';
import { t } from '@client/i18n';
import { conferenceDayOf } from '@shared/time';
import { Alert } from '@client/ui/alert';
import { primaryButton, secondaryButton } from '@client/ui/button-styles';
import { problemMessage } from '@client/ui/forms/problem-messages';
import { useDecideSignoffRequest } from '../api/signoff-request-api';
import { formatShiftTime } from '../lib/format-shift';
import { card, muted } from '@client/ui/staff-styles';

/** Pending requests to sign off after the deadline, for the coordinator to answer. */
export function SignoffRequestList({
  slug,
  requests,
  zone,
}: {
  slug: string;
  requests: readonly SignoffRequest[];
  zone: string;
}) {
  const id = useId();
  const decide = useDecideSignoffRequest(slug);
  if (requests.length === 0) return null;
  return (
    <section
      aria-labelledby={`${id}-title`}
      className={`${card} mb-6 border-l-4 border-l-amber-600 dark:border-l-amber-300`}
    >
      <h2 id={`${id}-title`} className="text-lg font-semibold text-slate-900 dark:text-slate-50">
        {t('volunteering.requests.title')}
      </h2>
      <p className={`${muted} mb-2`}>{t('volunteering.requests.count', { count: requests.length })}</p>
      {decide.error ? (
        <Alert tone="error">
          <p>{problemMessage(decide.error, 'volunteer')}</p>
        </Alert>
      ) : null}
      <ul className="divide-y divide-slate-200 dark:divide-slate-700">
        {requests.map((r) => (
          <li key={r.id} className="py-3">
            <p className="font-semibold text-slate-900 dark:text-slate-100">{r.volunteer.name}</p>
            <p className="text-slate-800 dark:text-slate-200">
              {t('volunteering.requests.shift', {
                role: r.shift.roleName,
                when: `${formatDay(conferenceDayOf(new Date(r.shift.startsAt), zone))} ${formatShiftTime(r.shift, zone)}`,
                place: r.shift.place,
              })}
            </p>
            <p className="text-slate-800 dark:text-slate-200">
              {t('volunteering.requests.reason', { reason: r.reason })}
            </p>
            <div className="mt-2 flex flex-wrap gap-2">
              <button
                type="button"
                className={primaryButton}
                disabled={decide.isPending}
                aria-label={t('volunteering.requests.approveLabel', { name: r.volunteer.name })}
                onClick={() => decide.mutate({ id: r.id, decision: 'approved' })}
              >
                {t('volunteering.requests.approve')}
              </button>
              <button
                type="button"
                className={secondaryButton}
                disabled={decide.isPending}
                aria-label={t('volunteering.requests.declineLabel', { name: r.volunteer.name })}
                onClick={() => decide.mutate({ id: r.id, decision: 'declined' })}
              >
                {t('volunteering.requests.decline')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

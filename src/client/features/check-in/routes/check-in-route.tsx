import { type QueryClient } from '@tanstack/react-query';
import { type ReactNode } from 'react';
import { type LoaderFunctionArgs } from 'react-router';
import { requireRole, useMe } from '@client/features/auth';
import { conferenceQueryOptions, useConference } from '@client/features/conference';
import { t } from '@client/i18n';
import { formatDateRange } from '@client/lib/format';
import { requireParam, useRequiredParam } from '@client/lib/route-params';
import { PageHeading } from '@client/ui/page-heading';

export const checkInLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const slug = requireParam(params, 'slug');
    await requireRole(queryClient, request, 'checkin');
    await queryClient.ensureQueryData(conferenceQueryOptions(slug));
    return null;
  };

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="py-3">
      <dt className="text-sm font-semibold text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className="text-lg text-slate-900 dark:text-slate-50">{children}</dd>
    </div>
  );
}

/** The desk's home: who is on this device and which edition it admits people to. */
export function CheckInRoute() {
  const slug = useRequiredParam('slug');
  const conference = useConference(slug);
  const user = useMe().data;
  return (
    <div className="max-w-xl">
      <PageHeading>{t('checkIn.title')}</PageHeading>
      <dl className="divide-y divide-slate-200 border-y border-slate-200 dark:divide-slate-800 dark:border-slate-800">
        {user ? (
          <>
            <Row label={t('checkIn.desk')}>
              {user.name} <span className="text-base text-slate-700 dark:text-slate-300">({user.email})</span>
            </Row>
            <Row label={t('checkIn.roles')}>{user.roles.map((r) => t(`role.${r}`)).join(', ')}</Row>
          </>
        ) : null}
        <Row label={t('checkIn.conference')}>{conference.name}</Row>
        <Row label={t('checkIn.venue')}>{conference.venue.name}</Row>
        <Row label={t('checkIn.dates')}>{formatDateRange(conference.startDate, conference.endDate)}</Row>
      </dl>
    </div>
  );
}

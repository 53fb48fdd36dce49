import { apiPaths } from '@shared/contract/paths';
import { type QueryClient } from '@tanstack/react-query';
import { type LoaderFunctionArgs } from 'react-router';
import { hasRole, useMe } from '@client/features/auth';
import { requireCoordinator } from '@client/features/volunteer';
import { sectionHeading } from '@client/ui/staff-styles';
import { t } from '@client/i18n';
import { requireParam, useRequiredParam } from '@client/lib/route-params';
import { secondaryButton } from '@client/ui/button-styles';
import { PageHeading } from '@client/ui/page-heading';
import { ConsoleBackLink } from '../components/console-page';
import { hoursReportQueryOptions, useHoursReport } from '../api/hours-report';
import { HoursPolicyForm } from '../components/hours-policy-form';
import { HoursTable } from '../components/hours-table';

export const hoursLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const slug = requireParam(params, 'slug');
    await requireCoordinator(queryClient, request, slug);
    await queryClient.ensureQueryData(hoursReportQueryOptions(slug));
    return null;
  };

/**
 * Hours worked per volunteer (shifts marked worked), the CSV export and the night-hours rule. The
 * server scopes the report: a coordinator gets their roles' members; only organizers set the rule.
 */
export function HoursRoute() {
  const slug = useRequiredParam('slug');
  const organizer = hasRole(useMe().data, 'organizer');
  const report = useHoursReport(slug).data;
  if (!report) return null;
  const { policy } = report;
  return (
    <div className="max-w-4xl">
      <ConsoleBackLink slug={slug} />
      <PageHeading intro={t('coord.hours.intro')}>{t('coord.hours.title')}</PageHeading>
      <p className="mb-4 text-slate-800 dark:text-slate-200">
        {policy.nightMultiplier > 1
          ? t('coord.hours.policyLine', {
              start: policy.nightStart,
              end: policy.nightEnd,
              x: policy.nightMultiplier,
            })
          : t(organizer ? 'coord.hours.noNightBonus' : 'coord.hours.noNightBonusPlain')}
      </p>
      <p className="mb-6">
        <a href={apiPaths.volunteerHoursCsv(slug)} download className={secondaryButton}>
          {t('coord.hours.csv')}
        </a>
      </p>
      <section aria-labelledby="hours-table" className="mb-10">
        <h2 id="hours-table" className={sectionHeading}>
          {t('coord.hours.perVolunteer')}
        </h2>
        <HoursTable volunteers={report.volunteers} />
      </section>
      {organizer ? (
        <section aria-labelledby="hours-policy" className="mb-10">
          <h2 id="hours-policy" className={sectionHeading}>
            {t('coord.hours.policyTitle')}
          </h2>
          <HoursPolicyForm key={JSON.stringify(policy)} slug={slug} policy={policy} />
        </section>
      ) : null}
    </div>
  );
}

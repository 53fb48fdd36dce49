import { type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, type LoaderFunctionArgs } from 'react-router';
import { useMe } from '@client/features/auth';
import { conferenceQueryOptions, useConference } from '@client/features/conference';
import {
  useRoles,
  shiftsQueryOptions,
  useShifts,
  coordinatedRoles,
  requireCoordinator,
} from '@client/features/volunteer';
import { sectionHeading } from '@client/ui/staff-styles';
import { t } from '@client/i18n';
import { formatDay } from '@client/lib/format';
import { requireParam, useRequiredParam } from '@client/lib/route-params';
import { useNow } from '@client/lib/use-now';
import { textLink } from '@client/ui/button-styles';
import { PageHeading } from '@client/ui/page-heading';
import { ConsoleBackLink } from '../components/console-page';
import { CoverageList, CoverageTotals } from '../components/coverage-list';
import { MessageForm } from '../components/message-form';
import { SentMessages } from '../components/sent-messages';
import { SelectField } from '../components/shift-fields';
import { coverageRows, coverageTotals, missingOn } from '../lib/coverage-rows';

export const coverageLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const slug = requireParam(params, 'slug');
    const { me } = await requireCoordinator(queryClient, request, slug);
    await Promise.all([
      queryClient.ensureQueryData(conferenceQueryOptions(slug)),
      queryClient.ensureQueryData(shiftsQueryOptions(slug, me.id)),
    ]);
    return null;
  };

/**
 * Which shifts still need people, understaffed first and soonest first, per role and per day;
 * live, as the stream's 'shifts' topic refetches the list. Messages to a role or shift below, and
 * those already sent. A coordinator sees only their roles; organizers see every role.
 */
export function CoverageRoute() {
  const slug = useRequiredParam('slug');
  const conference = useConference(slug);
  const me = useMe().data ?? null;
  const roles = coordinatedRoles(me, useRoles(slug, me?.id ?? null).data?.roles ?? []);
  const shifts = (useShifts(slug, me?.id ?? null).data?.shifts ?? []).filter((s) =>
    roles.some((r) => r.slug === s.role),
  );
  const now = useNow();
  const zone = conference.timeZone;
  const [role, setRole] = useState('');
  const [day, setDay] = useState('');
  const rows = coverageRows(shifts, now, { role, day });
  const short = rows.filter((s) => missingOn(s) > 0);
  const upcoming = coverageRows(shifts, now);
  const days = [...new Set(upcoming.map((s) => s.day))].sort();

  return (
    <div className="max-w-4xl">
      <ConsoleBackLink slug={slug} />
      <PageHeading intro={t('coord.coverage.intro')}>{t('coord.coverage.title')}</PageHeading>
      <p className="mb-6">
        <Link to={`/${slug}/organizer/shifts`} className={textLink}>
          {t('coord.coverage.toConsole')}
        </Link>
      </p>

      <section aria-labelledby="coverage-now" className="mb-10">
        <h2 id="coverage-now" className={sectionHeading}>
          {t('coord.coverage.listTitle')}
        </h2>
        <div className="mb-4 grid grid-cols-2 gap-3 sm:max-w-lg">
          <SelectField label={t('coord.filter.role')} value={role} onChange={(e) => setRole(e.target.value)}>
            <option value="">{t('coord.filter.allRoles')}</option>
            {roles.map((r) => (
              <option key={r.slug} value={r.slug}>
                {r.name}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('coord.filter.day')} value={day} onChange={(e) => setDay(e.target.value)}>
            <option value="">{t('coord.filter.allDays')}</option>
            {days.map((d) => (
              <option key={d} value={d}>
                {formatDay(d)}
              </option>
            ))}
          </SelectField>
        </div>
        <p role="status" className="mb-3 font-semibold text-slate-900 dark:text-slate-50">
          {t('coord.coverage.summary', { count: short.length, total: rows.length })}
        </p>
        <CoverageList shifts={rows} zone={zone} />
      </section>

      <section aria-labelledby="coverage-totals" className="mb-10 grid gap-6 lg:grid-cols-2">
        <h2 id="coverage-totals" className={`${sectionHeading} lg:col-span-2`}>
          {t('coord.coverage.totalsTitle')}
        </h2>
        <CoverageTotals
          caption={t('coord.coverage.perRole')}
          totals={coverageTotals(
            upcoming,
            (s) => s.role,
            (s) => s.roleName,
          )}
        />
        <CoverageTotals
          caption={t('coord.coverage.perDay')}
          totals={coverageTotals(
            [...upcoming].sort((a, b) => a.day.localeCompare(b.day)),
            (s) => s.day,
            (s) => formatDay(s.day),
          )}
        />
      </section>

      <section aria-labelledby="coverage-message" className="mb-10">
        <h2 id="coverage-message" className={sectionHeading}>
          {t('coord.message.title')}
        </h2>
        <MessageForm slug={slug} zone={zone} roles={roles} shifts={upcoming} />
      </section>

      {me ? (
        <section aria-labelledby="coverage-sent" className="mb-10">
          <h2 id="coverage-sent" className={sectionHeading}>
            {t('coord.sent.title')}
          </h2>
          <SentMessages slug={slug} userId={me.id} zone={zone} />
        </section>
      ) : null}
    </div>
  );
}

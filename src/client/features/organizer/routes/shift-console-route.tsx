import { conferenceDayOf } from '@shared/time';
import { type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, type LoaderFunctionArgs } from 'react-router';
import { hasRole, useMe } from '@client/features/auth';
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
import { Alert } from '@client/ui/alert';
import { PageHeading } from '@client/ui/page-heading';
import { ConsoleBackLink } from '../components/console-page';
import { ShiftAdminList } from '../components/shift-admin-list';
import { SelectField } from '../components/shift-fields';
import { ShiftForm } from '../components/shift-form';
import { ShiftGenerateForm } from '../components/shift-generate-form';
import { ShiftPatternForm } from '../components/shift-pattern-form';
import { RoleSummary, ShiftRoleForm } from '../components/shift-role-form';

export const shiftConsoleLoader =
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

const modes = ['one', 'pattern', 'schedule'] as const;
type Mode = (typeof modes)[number];
const modeLabel = {
  one: 'coord.mode.one',
  pattern: 'coord.mode.pattern',
  schedule: 'coord.mode.schedule',
} as const;

/**
 * The shift console: add shifts (one, by pattern, from the schedule), edit and delete them. Organizers
 * see every role and also create, edit and delete roles; a coordinator sees only their roles.
 */
export function ShiftConsoleRoute() {
  const slug = useRequiredParam('slug');
  const conference = useConference(slug);
  const me = useMe().data ?? null;
  const organizer = hasRole(me, 'organizer');
  const roles = coordinatedRoles(me, useRoles(slug, me?.id ?? null).data?.roles ?? []);
  const shifts = (useShifts(slug, me?.id ?? null).data?.shifts ?? []).filter((s) =>
    roles.some((r) => r.slug === s.role),
  );
  const [deleted, setDeleted] = useState<string | null>(null);
  const now = useNow();
  const zone = conference.timeZone;
  const days = [...new Set([...conference.days.map((d) => d.date), ...shifts.map((s) => s.day)])].sort();
  const today = conferenceDayOf(now, zone);
  const [mode, setMode] = useState<Mode>('schedule');
  const [day, setDay] = useState(() => (days.includes(today) ? today : (days[0] ?? '')));
  const [role, setRole] = useState('');
  const shown = shifts.filter((s) => (!day || s.day === day) && (!role || s.role === role));

  return (
    <div className="max-w-4xl">
      <ConsoleBackLink slug={slug} />
      <PageHeading intro={t('coord.console.intro')}>{t('coord.console.title')}</PageHeading>
      <p className="mb-6">
        <Link to={`/${slug}/organizer/coverage`} className={textLink}>
          {t('coord.console.toCoverage')}
        </Link>
      </p>

      <section aria-labelledby="add-shifts" className="mb-10">
        <h2 id="add-shifts" className={sectionHeading}>
          {t('coord.console.add')}
        </h2>
        <fieldset className="mb-4">
          <legend className="sr-only">{t('coord.console.addHow')}</legend>
          <div className="inline-flex flex-wrap rounded-md border border-slate-500 dark:border-slate-400">
            {modes.map((m) => (
              <label
                key={m}
                className="cursor-pointer px-3 py-2 font-medium text-slate-900 has-checked:bg-indigo-700 has-checked:text-white has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-indigo-700 dark:text-slate-100 dark:has-checked:bg-indigo-300 dark:has-checked:text-slate-950"
              >
                <input
                  type="radio"
                  name="add-mode"
                  className="sr-only"
                  checked={mode === m}
                  onChange={() => setMode(m)}
                />
                {t(modeLabel[m])}
              </label>
            ))}
          </div>
        </fieldset>
        {roles.length === 0 ? (
          <p>{t(organizer ? 'coord.console.noRoles' : 'coord.console.noRolesYours')}</p>
        ) : mode === 'one' ? (
          <ShiftForm slug={slug} zone={zone} roles={roles} days={days} />
        ) : mode === 'pattern' ? (
          <ShiftPatternForm slug={slug} roles={roles} days={days} />
        ) : (
          <ShiftGenerateForm slug={slug} conference={conference} roles={roles} />
        )}
      </section>

      <section aria-labelledby="all-shifts" className="mb-10">
        <h2 id="all-shifts" className={sectionHeading}>
          {t('coord.console.shifts')}
        </h2>
        <div className="mb-4 grid grid-cols-2 gap-3 sm:max-w-lg">
          <SelectField label={t('coord.filter.day')} value={day} onChange={(e) => setDay(e.target.value)}>
            <option value="">{t('coord.filter.allDays')}</option>
            {days.map((d) => (
              <option key={d} value={d}>
                {formatDay(d)}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('coord.filter.role')} value={role} onChange={(e) => setRole(e.target.value)}>
            <option value="">{t('coord.filter.allRoles')}</option>
            {roles.map((r) => (
              <option key={r.slug} value={r.slug}>
                {r.name}
              </option>
            ))}
          </SelectField>
        </div>
        <ShiftAdminList slug={slug} zone={zone} roles={roles} days={days} shifts={shown} />
      </section>

      <section aria-labelledby="roles" className="mb-10">
        <h2 id="roles" className={sectionHeading}>
          {t('coord.console.roles')}
        </h2>
        <div role="status" className="mb-3 empty:hidden">
          {deleted ? <Alert tone="success">{t('coord.role.deleted', { name: deleted })}</Alert> : null}
        </div>
        <ul className="mb-4 grid gap-2 sm:grid-cols-2">
          {roles.map((r) =>
            organizer ? (
              <RoleSummary key={r.slug} role={r} slug={slug} onDeleted={setDeleted} />
            ) : (
              <RoleSummary key={r.slug} role={r} />
            ),
          )}
        </ul>
        {organizer ? (
          <details className="rounded-md border border-slate-300 p-3 dark:border-slate-700">
            <summary className="cursor-pointer font-semibold text-indigo-800 dark:text-indigo-200">
              {t('coord.role.formTitle')}
            </summary>
            <div className="mt-3">
              <ShiftRoleForm slug={slug} />
            </div>
          </details>
        ) : (
          <p className="text-slate-800 dark:text-slate-200">{t('coord.console.rolesByOrganizers')}</p>
        )}
      </section>
    </div>
  );
}

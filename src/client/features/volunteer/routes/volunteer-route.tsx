import { type Role } from '@shared/contract/role';
import { type Shift } from '@shared/contract/shift';
import { type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type LoaderFunctionArgs, useSearchParams } from 'react-router';
import { meQueryOptions, useMe } from '@client/features/auth';
import { conferenceQueryOptions, useConference } from '@client/features/conference';
import { t } from '@client/i18n';
import { formatDay } from '@client/lib/format';
import { requireParam, useRequiredParam } from '@client/lib/route-params';
import { Alert } from '@client/ui/alert';
import { secondaryButton } from '@client/ui/button-styles';
import { PageHeading } from '@client/ui/page-heading';
import { Skeleton } from '@client/ui/skeleton';
import { describeProblem } from '@client/ui/forms/problem-messages';
import { rolesQueryOptions, useRoles } from '../api/get-roles';
import { shiftsQueryOptions, useShifts } from '../api/get-shifts';
import { ProfilePrompt } from '../components/profile-section';
import { RolesPanel } from '../components/roles-panel';
import { ShiftCard } from '../components/shift-card';
import { type ShiftFilterValues, ShiftFilters } from '../components/shift-filters';
import { sectionHeading } from '@client/ui/staff-styles';
import { VolunteerIntro } from '../components/volunteer-intro';
import { VolunteerTabs } from '../components/volunteer-tabs';
import { coordinatesAny } from '../lib/can-coordinate';
import { onlyAvailablePreferred, rememberOnlyAvailable } from '../lib/available-preference';
import { groupByDay } from '../lib/group-by-day';

function filtersFrom(search: URLSearchParams): ShiftFilterValues {
  return {
    role: search.get('role') ?? '',
    place: search.get('place') ?? '',
    available: search.has('available') ? search.get('available') === '1' : onlyAvailablePreferred(),
    offered: search.get('offered') === '1',
  };
}

const apiFilters = (f: ShiftFilterValues) => ({
  role: f.role || undefined,
  place: f.place || undefined,
  offered: f.offered || undefined,
});

export const volunteerLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const slug = requireParam(params, 'slug');
    const me = await queryClient.ensureQueryData(meQueryOptions()).catch(() => null);
    const filters = filtersFrom(new URL(request.url).searchParams);
    await Promise.all([
      queryClient.ensureQueryData(conferenceQueryOptions(slug)),
      queryClient.ensureQueryData(rolesQueryOptions(slug, me?.id ?? null)),
      me ? queryClient.ensureQueryData(shiftsQueryOptions(slug, me.id, apiFilters(filters))) : null,
    ]);
    return null;
  };

/** "Shifts for me" for a volunteer; what volunteering is and how to join for everyone else. */
export function VolunteerRoute() {
  const slug = useRequiredParam('slug');
  const conference = useConference(slug);
  const me = useMe().data ?? null;
  const roles = useRoles(slug, me?.id ?? null);

  if (!me) {
    return (
      <>
        <PageHeading>{t('volunteer.title')}</PageHeading>
        <VolunteerIntro slug={slug} conferenceName={conference.name} roles={roles.data?.roles ?? []} />
      </>
    );
  }
  return (
    <div className="max-w-3xl">
      <PageHeading intro={t('volunteer.shifts.intro')}>{t('volunteer.shifts.title')}</PageHeading>
      <VolunteerTabs slug={slug} showRoster={coordinatesAny(me, roles.data?.roles ?? [])} />
      <ProfilePrompt slug={slug} user={me} />
      {roles.data ? <RolesDetails slug={slug} roles={roles.data.roles} /> : null}
      <ShiftsForMe slug={slug} userId={me.id} zone={conference.timeZone} />
    </div>
  );
}

/** Open at first for someone in no role yet; joining one must not fold it under their thumb. */
function RolesDetails({ slug, roles }: { slug: string; roles: Role[] }) {
  const joined = roles.filter((r) => r.membership !== null).length;
  const [open, setOpen] = useState(joined === 0);
  return (
    <details className="mb-6" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer text-lg font-bold text-slate-900 dark:text-slate-50">
        {t('volunteer.rolesJoined', { count: joined, total: roles.length })}
      </summary>
      <div className="mt-3">
        <RolesPanel slug={slug} roles={roles} canJoin />
      </div>
    </details>
  );
}

/**
 * "Only ones I can take", judged here rather than by the server so that a shift just claimed
 * (or joined in line) stays in view with its new state instead of vanishing under the thumb.
 */
function canTake(shift: Shift): boolean {
  const kind = shift.verdict?.kind;
  return kind === 'ok' || shift.mine !== null || (kind === 'full' && shift.offered > 0);
}

function ShiftsForMe({ slug, userId, zone }: { slug: string; userId: string; zone: string }) {
  const [search, setSearch] = useSearchParams();
  const filters = filtersFrom(search);
  const roles = useRoles(slug, userId);
  const shifts = useShifts(slug, userId, apiFilters(filters));
  const setFilters = (next: ShiftFilterValues) => {
    const params = new URLSearchParams();
    if (next.role) params.set('role', next.role);
    if (next.place) params.set('place', next.place);
    params.set('available', next.available ? '1' : '0');
    if (next.available !== filters.available) rememberOnlyAvailable(next.available);
    if (next.offered) params.set('offered', '1');
    setSearch(params, { replace: true });
  };
  // Shifts that are over, or running without us, are history rather than choices.
  const upcoming =
    shifts.data?.shifts.filter(
      (s) => s.verdict?.kind !== 'shift_ended' && !(s.verdict?.kind === 'shift_started' && s.mine === null),
    ) ?? [];
  const shown = filters.available ? upcoming.filter(canTake) : upcoming;
  const days = groupByDay(shown);

  return (
    <section aria-labelledby="shifts-title">
      <h2 id="shifts-title" className="sr-only">
        {t('volunteer.shifts.listTitle')}
      </h2>
      <ShiftFilters
        roles={roles.data?.roles ?? []}
        places={shifts.data?.places ?? []}
        value={filters}
        onChange={setFilters}
      />
      <p className="mb-3 text-sm text-slate-700 dark:text-slate-300">
        {t('volunteer.shifts.zone', { zone })}
      </p>
      {shifts.isError ? (
        <Alert tone="error">
          <p className="font-semibold">{t('volunteer.shifts.loadFailed')}</p>
          <p>{describeProblem(shifts.error, 'volunteer').message}</p>
          <button type="button" className={`${secondaryButton} mt-2`} onClick={() => void shifts.refetch()}>
            {t('error.retry')}
          </button>
        </Alert>
      ) : null}
      {shifts.isPending ? (
        <div className="space-y-3">
          <Skeleton className="h-28 w-full" />
          <Skeleton className="h-28 w-full" />
        </div>
      ) : null}
      {shifts.data ? (
        <div aria-busy={shifts.isPlaceholderData} className={shifts.isPlaceholderData ? 'opacity-60' : ''}>
          <p role="status" className="mb-3 font-medium text-slate-800 dark:text-slate-200">
            {shown.length === 0
              ? t('volunteer.shifts.empty')
              : t('volunteer.shifts.count', { count: shown.length })}
          </p>
          <div className="space-y-8">
            {days.map(({ day, items }) => (
              <section key={day} aria-labelledby={`shifts-${day}`}>
                <h3 id={`shifts-${day}`} className={sectionHeading}>
                  {formatDay(day, undefined, 'long')}
                </h3>
                <ul className="space-y-3">
                  {items.map((shift) => (
                    <ShiftCard key={shift.id} slug={slug} shift={shift} zone={zone} />
                  ))}
                </ul>
              </section>
            ))}
          </div>
        </div>
      ) : null}
    </section>
  );
}

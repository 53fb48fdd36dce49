import { type Shift } from '@shared/contract/shift';
import { conferenceDayOf } from '@shared/time';
import { type QueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link, type LoaderFunctionArgs, useSearchParams } from 'react-router';
import { useMe } from '@client/features/auth';
import { conferenceQueryOptions, useConference } from '@client/features/conference';
import { t } from '@client/i18n';
import { formatDay } from '@client/lib/format';
import { requireParam, useRequiredParam } from '@client/lib/route-params';
import { serverNow } from '@client/lib/server-clock';
import { secondaryButton, textLink } from '@client/ui/button-styles';
import { PageHeading } from '@client/ui/page-heading';
import { useRoles } from '../api/get-roles';
import { requireCoordinator } from '../api/require-coordinator';
import { shiftsQueryOptions, useShifts } from '../api/get-shifts';
import { useSignoffRequests } from '../api/signoff-request-api';
import { BriefingPanel } from '../components/briefing-panel';
import { InvitePanel } from '../components/invite-panel';
import { RosterPeople } from '../components/roster-people';
import { ShiftCounts, shiftLabel } from '../components/shift-card';
import { SignoffRequestList } from '../components/signoff-request-list';
import { card, field, fieldLabel, muted, sectionHeading } from '@client/ui/staff-styles';
import { VolunteerTabs } from '../components/volunteer-tabs';
import { coordinates } from '../lib/can-coordinate';
import { formatShiftTime } from '../lib/format-shift';

export const rosterLoader =
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

const short = (s: Shift) => Math.max(0, s.capacity - s.taken);

function RosterShift({ slug, shift, zone }: { slug: string; shift: Shift; zone: string }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const missing = short(shift);
  return (
    <li>
      <article
        aria-label={shiftLabel(shift, zone)}
        className={`${card} border-l-4 ${missing > 0 ? 'border-l-amber-600 dark:border-l-amber-300' : 'border-l-green-700 dark:border-l-green-400'}`}
      >
        <div className="flex flex-wrap items-baseline justify-between gap-x-3">
          <h3 className="text-lg font-semibold text-slate-900 dark:text-slate-50">{shift.roleName}</h3>
          <p className="text-sm font-semibold text-slate-900 dark:text-slate-100">
            {missing > 0 ? t('volunteer.roster.short', { count: missing }) : t('volunteer.roster.staffed')}
          </p>
        </div>
        <p className="text-slate-800 dark:text-slate-200">
          <span className="font-semibold tabular-nums">{formatShiftTime(shift, zone)}</span> · {shift.place}
        </p>
        <p className={muted}>
          <ShiftCounts shift={shift} />
        </p>
        {shift.taken + shift.waiting === 0 ? (
          <p className={`${muted} mt-2`}>{t('volunteer.roster.nobody')}</p>
        ) : (
          <button
            type="button"
            className={`${secondaryButton} mt-3`}
            aria-expanded={open}
            aria-controls={`${id}-people`}
            onClick={() => setOpen(!open)}
          >
            {open
              ? t('volunteer.roster.hide')
              : t('volunteer.roster.show', { count: shift.taken + shift.waiting })}
          </button>
        )}
        <div id={`${id}-people`} hidden={!open} className="mt-2">
          {open ? <RosterPeople slug={slug} shiftId={shift.id} /> : null}
        </div>
      </article>
    </li>
  );
}

/** Coordinators' roster: a day's shifts of their roles, understaffed first, and who came. */
export function RosterRoute() {
  const slug = useRequiredParam('slug');
  const conference = useConference(slug);
  const me = useMe().data ?? null;
  const roles = useRoles(slug, me?.id ?? null);
  const all = useShifts(slug, me?.id ?? null);
  const [search, setSearch] = useSearchParams();
  const id = useId();
  const zone = conference.timeZone;
  const requests = useSignoffRequests(slug, me?.id ?? null);
  const coordinated = (roles.data?.roles ?? []).filter((r) => coordinates(me, r));

  const mineToRun = (all.data?.shifts ?? []).filter((s) => {
    const role = roles.data?.roles.find((r) => r.slug === s.role);
    return role !== undefined && coordinates(me, role);
  });
  const days = [...new Set(mineToRun.map((s) => s.day))].sort();
  const today = conferenceDayOf(serverNow(), zone);
  const requested = search.get('day');
  const day =
    (requested && days.includes(requested) ? requested : undefined) ??
    days.find((d) => d >= today) ??
    days[days.length - 1];
  const shifts = mineToRun
    .filter((s) => s.day === day)
    .sort((a, b) => Number(short(b) > 0) - Number(short(a) > 0) || a.startsAt.localeCompare(b.startsAt));
  const understaffed = shifts.filter((s) => short(s) > 0).length;

  return (
    <div className="max-w-3xl">
      <PageHeading intro={t('volunteer.roster.intro')}>{t('volunteer.roster.title')}</PageHeading>
      <VolunteerTabs slug={slug} showRoster />
      <nav aria-label={t('coord.tools.title')} className="mb-6">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <Link to={`/${slug}/organizer/coverage`} className={textLink}>
              {t('coord.tools.coverage')}
            </Link>
          </li>
          <li>
            <Link to={`/${slug}/organizer/shifts`} className={textLink}>
              {t('coord.tools.shifts')}
            </Link>
          </li>
          <li>
            <Link to={`/${slug}/organizer/hours`} className={textLink}>
              {t('coord.tools.hours')}
            </Link>
          </li>
        </ul>
      </nav>
      <SignoffRequestList slug={slug} requests={requests.data?.toDecide ?? []} zone={zone} />
      <div className="mb-4 max-w-xs">
        <label htmlFor={`${id}-day`} className={fieldLabel}>
          {t('volunteer.roster.day')}
        </label>
        <select
          id={`${id}-day`}
          className={field}
          value={day ?? ''}
          onChange={(e) => setSearch({ day: e.target.value }, { replace: true })}
        >
          {days.map((d) => (
            <option key={d} value={d}>
              {formatDay(d, undefined, 'long')}
            </option>
          ))}
        </select>
      </div>
      <section aria-labelledby="roster-day">
        <h2 id="roster-day" className={sectionHeading}>
          {day ? formatDay(day, undefined, 'long') : t('volunteer.roster.noShifts')}
        </h2>
        <p role="status" className="mb-3 font-medium text-slate-800 dark:text-slate-200">
          {t('volunteer.roster.summary', { count: shifts.length, short: understaffed })}
        </p>
        <ul className="space-y-3">
          {shifts.map((s) => (
            <RosterShift key={s.id} slug={slug} shift={s} zone={zone} />
          ))}
        </ul>
      </section>
      {me ? (
        <section aria-labelledby="roster-tools" className="mt-10">
          <h2 id="roster-tools" className={sectionHeading}>
            {t('volunteering.tools.title')}
          </h2>
          <InvitePanel slug={slug} me={me} roles={coordinated} zone={zone} />
          <BriefingPanel slug={slug} roles={coordinated} zone={zone} />
        </section>
      ) : null}
    </div>
  );
}

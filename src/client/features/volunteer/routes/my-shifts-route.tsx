import { type Shift } from '@shared/contract/shift';
import { type QueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { Link, type LoaderFunctionArgs } from 'react-router';
import { meQueryOptions, useMe } from '@client/features/auth';
import { conferenceQueryOptions, useConference } from '@client/features/conference';
import { t } from '@client/i18n';
import { requireParam, useRequiredParam } from '@client/lib/route-params';
import { useNow } from '@client/lib/use-now';
import { textLink } from '@client/ui/button-styles';
import { PageHeading } from '@client/ui/page-heading';
import { ProblemAlert } from '@client/ui/forms/problem-alert';
import { rolesQueryOptions, useRoles } from '../api/get-roles';
import { shiftsQueryOptions, useShifts } from '../api/get-shifts';
import { useSignOff } from '../api/sign-off';
import { FeedLink } from '../components/feed-link';
import { MyShiftCard } from '../components/my-shift-card';
import { HoursSoFar } from '../components/hours-so-far';
import { LeaveUndo } from '../components/leave-undo';
import { MessageInbox } from '../components/message-inbox';
import { ProfileDetails } from '../components/profile-section';
import { ShiftCard } from '../components/shift-card';
import { SignoffRequestOutcomes } from '../components/signoff-request-outcomes';
import { card, sectionHeading } from '@client/ui/staff-styles';
import { VolunteerTabs } from '../components/volunteer-tabs';
import { coordinatesAny } from '../lib/can-coordinate';
import { shiftHours } from '../lib/format-shift';

export const myShiftsLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const slug = requireParam(params, 'slug');
    const me = await queryClient.ensureQueryData(meQueryOptions()).catch(() => null);
    await Promise.all([
      queryClient.ensureQueryData(conferenceQueryOptions(slug)),
      queryClient.ensureQueryData(rolesQueryOptions(slug, me?.id ?? null)),
      me ? queryClient.ensureQueryData(shiftsQueryOptions(slug, me.id, { mine: true })) : null,
    ]);
    return null;
  };

const sum = (shifts: Shift[]) => Math.round(shifts.reduce((h, s) => h + shiftHours(s), 0) * 10) / 10;

/**
 * Shifts offered by others that this volunteer could take over right now. One they wait for
 * stays under "Waiting lists" (with its own "Take it over"), never in both sections.
 */
function takeable(shift: Shift): boolean {
  if (shift.offered === 0 || shift.mine) return false;
  const kind = shift.verdict?.kind;
  return kind === 'full' || kind === 'ok';
}

/** The volunteer's own shifts: what is next and when, who to ask, hours so far, hand-overs. */
export function MyShiftsRoute() {
  const slug = useRequiredParam('slug');
  const conference = useConference(slug);
  const me = useMe().data ?? null;
  const roles = useRoles(slug, me?.id ?? null);
  const mine = useShifts(slug, me?.id ?? null, { mine: true });
  const all = useShifts(slug, me?.id ?? null);
  const now = useNow();
  const zone = conference.timeZone;
  const [left, setLeft] = useState<Shift | null>(null);
  const clearLeft = useCallback(() => setLeft(null), []);
  const signOff = useSignOff(slug);
  const leave = (shift: Shift) => {
    setLeft(null);
    signOff.mutate(shift.id, { onSuccess: () => setLeft(shift) });
  };

  if (!me) {
    return (
      <>
        <PageHeading>{t('volunteer.mine.title')}</PageHeading>
        <p className="text-slate-800 dark:text-slate-200">
          {t('volunteer.mine.logIn')}{' '}
          <Link to={`/login?next=${encodeURIComponent(`/${slug}/volunteer/mine`)}`} className={textLink}>
            {t('auth.login')}
          </Link>
        </p>
      </>
    );
  }

  const shifts = mine.data?.shifts ?? [];
  const held = shifts.filter((s) => s.mine && s.mine.status !== 'waiting');
  const upcoming = held.filter((s) => Date.parse(s.endsAt) > now.getTime());
  const waiting = shifts.filter(
    (s) => s.mine?.status === 'waiting' && Date.parse(s.startsAt) > now.getTime(),
  );
  const worked = held.filter((s) => s.mine?.attendance === 'worked');
  const offers = (all.data?.shifts ?? [])
    .filter(takeable)
    .filter((s) => Date.parse(s.startsAt) > now.getTime());
  const roleOf = (slugOfRole: string) => roles.data?.roles.find((r) => r.slug === slugOfRole);
  const myCard = (s: Shift) => (
    <MyShiftCard
      key={s.id}
      slug={slug}
      shift={s}
      role={roleOf(s.role)}
      zone={zone}
      now={now}
      onLeave={leave}
    />
  );

  return (
    <div className="max-w-3xl">
      <PageHeading intro={t('volunteer.mine.intro')}>{t('volunteer.mine.title')}</PageHeading>
      <VolunteerTabs slug={slug} showRoster={coordinatesAny(me, roles.data?.roles ?? [])} />
      <p className={`${card} mb-6 font-medium text-slate-900 dark:text-slate-100`} data-testid="hours">
        {t('volunteer.mine.hours', { count: held.length, hours: sum(held), worked: sum(worked) })}
        <HoursSoFar slug={slug} userId={me.id} />
      </p>
      <MessageInbox slug={slug} userId={me.id} zone={zone} />

      <SignoffRequestOutcomes slug={slug} userId={me.id} zone={zone} now={now} />
      {signOff.error ? (
        <div className="mb-6">
          <ProblemAlert error={signOff.error} screen="volunteer" />
        </div>
      ) : null}
      <section aria-labelledby="mine-upcoming" className="mb-8">
        <h2 id="mine-upcoming" className={sectionHeading}>
          {t('volunteer.mine.upcoming')}
        </h2>
        {upcoming.length === 0 ? (
          <p className="text-slate-700 dark:text-slate-300">
            {t('volunteer.mine.none')}{' '}
            <Link to={`/${slug}/volunteer`} className={textLink}>
              {t('volunteer.mine.find')}
            </Link>
          </p>
        ) : (
          <ul className="space-y-3">{upcoming.map((s) => myCard(s))}</ul>
        )}
      </section>

      {waiting.length > 0 ? (
        <section aria-labelledby="mine-waiting" className="mb-8">
          <h2 id="mine-waiting" className={sectionHeading}>
            {t('volunteer.mine.waiting')}
          </h2>
          <ul className="space-y-3">{waiting.map((s) => myCard(s))}</ul>
        </section>
      ) : null}

      <section aria-labelledby="mine-offers" className="mb-8">
        <h2 id="mine-offers" className={sectionHeading}>
          {t('volunteer.mine.offers')}
        </h2>
        {offers.length === 0 ? (
          <p className="text-slate-700 dark:text-slate-300">{t('volunteer.mine.noOffers')}</p>
        ) : (
          <ul className="space-y-3">
            {offers.map((s) => (
              <ShiftCard key={s.id} slug={slug} shift={s} zone={zone} />
            ))}
          </ul>
        )}
      </section>

      <FeedLink slug={slug} userId={me.id} />
      {left ? <LeaveUndo key={left.id} slug={slug} shift={left} zone={zone} onDone={clearLeft} /> : null}
      <ProfileDetails slug={slug} user={me} />
    </div>
  );
}

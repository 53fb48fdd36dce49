import { type Shift } from '@shared/contract/shift';
import { useId } from 'react';
import { t } from '@client/i18n';
import { formatDay, formatWeekdayTime } from '@client/lib/format';
import { useNow } from '@client/lib/use-now';
import { primaryButton, secondaryButton } from '@client/ui/button-styles';
import { ProblemAlert } from '@client/ui/forms/problem-alert';
import { useJoinRole } from '../api/join-role';
import { useSignUp } from '../api/sign-up';
import { useTakeHandover } from '../api/take-handover';
import { formatShiftTime } from '../lib/format-shift';
import { describeVerdict, type VerdictTone } from '../lib/verdict-text';
import { card } from '@client/ui/staff-styles';

const toneStyles: Record<VerdictTone, string> = {
  ok: 'border-l-green-700 dark:border-l-green-400',
  mine: 'border-l-indigo-700 dark:border-l-indigo-300',
  queued: 'border-l-amber-600 dark:border-l-amber-300',
  wait: 'border-l-amber-600 dark:border-l-amber-300',
  blocked: 'border-l-slate-400 dark:border-l-slate-500',
};

const badgeStyles: Record<VerdictTone, string> = {
  ok: 'bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-100',
  mine: 'bg-indigo-100 text-indigo-900 dark:bg-indigo-950 dark:text-indigo-100',
  queued:
    'border border-amber-700 bg-white text-amber-950 dark:border-amber-300 dark:bg-slate-900 dark:text-amber-50',
  wait: 'bg-amber-100 text-amber-950 dark:bg-amber-950 dark:text-amber-50',
  blocked: 'bg-slate-200 text-slate-900 dark:bg-slate-800 dark:text-slate-100',
};

export function shiftLabel(shift: Shift, zone: string): string {
  return t('volunteer.card.label', {
    role: shift.roleName,
    place: shift.place,
    day: formatDay(shift.day),
    time: formatShiftTime(shift, zone),
  });
}

/** Places held, the waiting line and hand-over offers, in words. */
export function ShiftCounts({ shift }: { shift: Shift }) {
  const parts = [t('volunteer.card.taken', { taken: shift.taken, capacity: shift.capacity })];
  if (shift.waiting > 0) parts.push(t('volunteer.card.waitingCount', { count: shift.waiting }));
  if (shift.offered > 0) parts.push(t('volunteer.card.offeredCount', { count: shift.offered }));
  return <span className="tabular-nums">{parts.join(' · ')}</span>;
}

/** Claimed this close to its sign-off deadline, a shift warns that leaving it will be closed. */
const LEAVE_WARNING_MS = 24 * 3_600_000;

/** Said before the tap when leaving the shift again is closed already or closes within a day. */
export function leaveWarning(shift: Shift, zone: string, now: Date): string | null {
  const until = Date.parse(shift.signOffUntil);
  const when = formatWeekdayTime(shift.signOffUntil, zone);
  if (until <= now.getTime()) return t('volunteer.claim.noLeaving', { when });
  if (until - now.getTime() <= LEAVE_WARNING_MS) return t('volunteer.claim.leaveUntil', { when });
  return null;
}

/**
 * One shift in "Shifts for me": what, where, when, how full, and the server's verdict for
 * this volunteer in plain words before they tap; one tap claims, joins the line or the role.
 */
export function ShiftCard({ slug, shift, zone }: { slug: string; shift: Shift; zone: string }) {
  const id = useId();
  const signUp = useSignUp(slug);
  const join = useJoinRole(slug);
  const take = useTakeHandover(slug);
  const verdict = shift.verdict ? describeVerdict(shift.verdict, shift, zone) : null;
  const tone = verdict?.tone ?? 'blocked';
  const kind = shift.verdict?.kind;
  const canTakeOver =
    shift.offered > 0 &&
    (kind === 'full' || (kind === 'already_signed_up' && shift.mine?.status === 'waiting'));
  const error = signUp.error ?? join.error ?? take.error;
  const now = useNow();
  const warning = kind === 'ok' || canTakeOver ? leaveWarning(shift, zone, now) : null;

  return (
    <li>
      <article aria-label={shiftLabel(shift, zone)} className={`${card} border-l-4 ${toneStyles[tone]}`}>
        <div className="flex flex-wrap items-baseline justify-between gap-x-3">
          <h3 className="text-lg font-semibold text-slate-900 dark:text-slate-50">{shift.roleName}</h3>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            <ShiftCounts shift={shift} />
          </p>
        </div>
        <p className="text-slate-800 dark:text-slate-200">
          <span className="font-semibold tabular-nums">{formatShiftTime(shift, zone)}</span> · {shift.place}
        </p>
        {shift.description ? (
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{shift.description}</p>
        ) : null}
        {verdict ? (
          <p id={`${id}-verdict`} className="mt-2 text-slate-900 dark:text-slate-100" data-testid="verdict">
            <span className={`mr-2 rounded px-1.5 py-0.5 text-sm font-semibold ${badgeStyles[tone]}`}>
              {t(`volunteer.tone.${tone}`)}
            </span>
            {verdict.text}
          </p>
        ) : null}
        {warning ? (
          <p
            id={`${id}-warning`}
            className="mt-2 border-l-4 border-amber-600 pl-2 text-sm font-medium text-slate-900 dark:border-amber-300 dark:text-slate-100"
          >
            {warning}
          </p>
        ) : null}
        <div className="mt-3 flex flex-wrap gap-2 empty:hidden">
          {kind === 'ok' ? (
            <button
              type="button"
              className={primaryButton}
              aria-describedby={warning ? `${id}-verdict ${id}-warning` : `${id}-verdict`}
              disabled={signUp.isPending}
              onClick={() => signUp.mutate({ shiftId: shift.id })}
            >
              {t('volunteer.action.claim')}
            </button>
          ) : null}
          {kind === 'full' ? (
            <button
              type="button"
              className={secondaryButton}
              disabled={signUp.isPending}
              onClick={() => signUp.mutate({ shiftId: shift.id, waitlist: true })}
            >
              {t('volunteer.action.waitlist')}
            </button>
          ) : null}
          {canTakeOver ? (
            <button
              type="button"
              className={primaryButton}
              disabled={take.isPending}
              onClick={() => take.mutate(shift.id)}
            >
              {t('volunteer.action.takeOver')}
            </button>
          ) : null}
          {kind === 'role_needed' ? (
            <button
              type="button"
              className={secondaryButton}
              disabled={join.isPending}
              onClick={() => join.mutate(shift.role)}
            >
              {t('volunteer.action.joinRole', { role: shift.roleName })}
            </button>
          ) : null}
        </div>
        {error && !signUp.isPending ? (
          <div className="mt-3">
            <ProblemAlert error={error} screen="volunteer" />
          </div>
        ) : null}
      </article>
    </li>
  );
}

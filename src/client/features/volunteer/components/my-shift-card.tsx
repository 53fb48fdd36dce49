import { type Role } from '@shared/contract/role';
import { type Shift } from '@shared/contract/shift';
import { useId, useState } from 'react';
import { t } from '@client/i18n';
import { formatDay, formatWeekdayTime } from '@client/lib/format';
import { primaryButton, secondaryButton } from '@client/ui/button-styles';
import { ProblemAlert } from '@client/ui/forms/problem-alert';
import { ConfirmDialog } from '@client/ui/forms/confirm-dialog';
import { useHandoverOffer } from '../api/handover';
import { useTakeHandover } from '../api/take-handover';
import { formatCountdown, formatShiftTime } from '../lib/format-shift';
import { shiftLabel } from './shift-card';
import { SignoffRequestForm } from './signoff-request-form';
import { card, muted } from '@client/ui/staff-styles';

function Coordinator({ role }: { role: Role | undefined }) {
  if (!role?.coordinator) return null;
  const { name, contact } = role.coordinator;
  return (
    <p className={muted}>
      {t('volunteer.mine.coordinator', { name })}
      {contact ? ` · ${contact}` : ''}
    </p>
  );
}

/**
 * A shift the volunteer holds or waits for: when it starts, who to ask, and what they can
 * still do about it (sign off until the deadline, offer it for hand-over, leave the line).
 */
export function MyShiftCard({
  slug,
  shift,
  role,
  zone,
  now,
  onLeave,
}: {
  slug: string;
  shift: Shift;
  role: Role | undefined;
  zone: string;
  now: Date;
  /**
   * Gives the place up once confirmed. The page does it (the card leaves the list at once, so
   * it could not hear the answer) and offers to undo it.
   */
  onLeave: (shift: Shift) => void;
}) {
  const id = useId();
  const take = useTakeHandover(slug);
  const [confirming, setConfirming] = useState(false);
  const handover = useHandoverOffer(slug);
  const status = shift.mine?.status;
  const started = now.getTime() >= Date.parse(shift.startsAt);
  const canSignOff = status === 'waiting' || now.getTime() <= Date.parse(shift.signOffUntil);
  const error = handover.error ?? take.error;
  const leave = () => {
    setConfirming(false);
    onLeave(shift);
  };

  return (
    <li>
      <article
        aria-label={shiftLabel(shift, zone)}
        className={`${card} border-l-4 border-l-indigo-700 dark:border-l-indigo-300`}
      >
        <p className="text-sm font-semibold text-indigo-900 dark:text-indigo-200">
          {started
            ? t('volunteer.countdown.now')
            : t('volunteer.mine.startsIn', { when: formatCountdown(now, shift.startsAt) })}
        </p>
        <h3 className="text-lg font-semibold text-slate-900 dark:text-slate-50">{shift.roleName}</h3>
        <p className="text-slate-800 dark:text-slate-200">
          {formatDay(shift.day)} ·{' '}
          <span className="font-semibold tabular-nums">{formatShiftTime(shift, zone)}</span> · {shift.place}
        </p>
        <Coordinator role={role} />
        {status === 'waiting' ? (
          <p className="mt-2 font-medium text-slate-900 dark:text-slate-100">
            {t('volunteer.verdict.waiting', { position: shift.mine?.position ?? 1 })}
          </p>
        ) : null}
        {status === 'offered-for-handover' ? (
          <p className="mt-2 font-medium text-slate-900 dark:text-slate-100">
            {t('volunteer.verdict.offered')}
          </p>
        ) : null}
        {!canSignOff && !started ? (
          <p id={`${id}-deadline`} className="mt-2 text-slate-900 dark:text-slate-100">
            {t('volunteer.mine.deadlinePassed', {
              when: formatWeekdayTime(shift.signOffUntil, zone),
              name: role?.coordinator?.name ?? t('volunteer.mine.aCoordinator'),
            })}
          </p>
        ) : null}
        {!canSignOff && !started ? (
          <SignoffRequestForm
            slug={slug}
            shiftId={shift.id}
            coordinatorName={role?.coordinator?.name ?? t('volunteer.mine.aCoordinator')}
            zone={zone}
          />
        ) : null}
        <div className="mt-3 flex flex-wrap gap-2 empty:hidden">
          {canSignOff && !started ? (
            <button
              type="button"
              className={`${secondaryButton} min-h-11`}
              onClick={() => setConfirming(true)}
            >
              {status === 'waiting' ? t('volunteer.action.leaveWaitlist') : t('volunteer.action.leave')}
            </button>
          ) : null}
          {status === 'waiting' && shift.offered > 0 && !started ? (
            <button
              type="button"
              className={`${primaryButton} min-h-11`}
              disabled={take.isPending}
              onClick={() => take.mutate(shift.id)}
            >
              {t('volunteer.action.takeOver')}
            </button>
          ) : null}
          {status === 'confirmed' && !started ? (
            <button
              type="button"
              className={secondaryButton}
              disabled={handover.isPending}
              onClick={() => handover.mutate({ shiftId: shift.id, offered: true })}
            >
              {t('volunteer.action.offer')}
            </button>
          ) : null}
          {status === 'offered-for-handover' && !started ? (
            <button
              type="button"
              className={secondaryButton}
              disabled={handover.isPending}
              onClick={() => handover.mutate({ shiftId: shift.id, offered: false })}
            >
              {t('volunteer.action.withdrawOffer')}
            </button>
          ) : null}
        </div>
        {confirming ? (
          <ConfirmDialog
            title={status === 'waiting' ? t('volunteer.action.leaveWaitlist') : t('volunteer.action.leave')}
            lines={[
              status === 'waiting'
                ? t('volunteer.leave.confirmWaitlist')
                : t('volunteer.leave.confirm', { when: formatWeekdayTime(shift.signOffUntil, zone) }),
            ]}
            confirmLabel={status === 'waiting' ? t('volunteer.leave.yesWaitlist') : t('volunteer.leave.yes')}
            cancelLabel={t('volunteer.leave.keep')}
            tone="primary"
            onConfirm={leave}
            onCancel={() => setConfirming(false)}
          />
        ) : null}
        {error ? (
          <div className="mt-3">
            <ProblemAlert error={error} screen="volunteer" />
          </div>
        ) : null}
      </article>
    </li>
  );
}

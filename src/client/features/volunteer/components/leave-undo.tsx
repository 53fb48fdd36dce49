import { type Shift } from '@shared/contract/shift';
import { useEffect, useState } from 'react';
import { t } from '@client/i18n';
import { isApiError } from '@client/lib/api-error';
import { secondaryButton } from '@client/ui/button-styles';
import { useSignUp } from '../api/sign-up';
import { shiftLabel } from './shift-card';

/** How long "Undo" stays after leaving a shift, and how long the outcome of an undo stays. */
export const UNDO_MS = 10_000;
const OUTCOME_MS = 8_000;

type Outcome = 'back' | 'taken' | 'failed' | null;

/**
 * After leaving a shift: says so, with "Undo" for a few seconds. Undo claims the place again
 * (or the place in line) if it is still free, and says plainly when someone took it meanwhile.
 */
export function LeaveUndo({
  slug,
  shift,
  zone,
  onDone,
}: {
  slug: string;
  shift: Shift;
  zone: string;
  onDone: () => void;
}) {
  const signUp = useSignUp(slug);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const waiting = shift.mine?.status === 'waiting';

  useEffect(() => {
    if (signUp.isPending) return;
    const timer = setTimeout(onDone, outcome ? OUTCOME_MS : UNDO_MS);
    return () => clearTimeout(timer);
  }, [onDone, outcome, signUp.isPending]);

  const undo = () =>
    signUp.mutate(
      { shiftId: shift.id, waitlist: waiting },
      {
        onSuccess: () => setOutcome('back'),
        onError: (error) => setOutcome(isApiError(error) && error.code === 'shift_full' ? 'taken' : 'failed'),
      },
    );

  const label = shiftLabel(shift, zone);
  const text =
    outcome === 'back'
      ? t('volunteer.leave.back', { shift: label })
      : outcome === 'taken'
        ? t('volunteer.leave.taken', { shift: label })
        : outcome === 'failed'
          ? t('volunteer.leave.undoFailed')
          : waiting
            ? t('volunteer.leave.leftWaitlist', { shift: label })
            : t('volunteer.leave.left', { shift: label });

  return (
    <div className="fixed inset-x-0 bottom-20 z-30 px-4 md:bottom-6">
      <div
        role="status"
        className="mx-auto flex max-w-xl items-center justify-between gap-3 rounded-lg bg-slate-900 p-3 text-white shadow-lg dark:bg-slate-100 dark:text-slate-950"
      >
        <p className="min-w-0">{text}</p>
        {outcome === null ? (
          <button
            type="button"
            className={`${secondaryButton} min-h-11 border-white text-white hover:bg-slate-700 dark:border-slate-900 dark:text-slate-950`}
            disabled={signUp.isPending}
            onClick={undo}
          >
            {t('volunteer.leave.undo')}
          </button>
        ) : (
          <button type="button" className="min-h-11 shrink-0 px-2 font-medium underline" onClick={onDone}>
            {t('volunteer.leave.dismiss')}
          </button>
        )}
      </div>
    </div>
  );
}

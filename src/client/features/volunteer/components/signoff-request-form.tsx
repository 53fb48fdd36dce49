import { createSignoffRequestSchema } from '@shared/contract/volunteering';
import { type FormEvent, useId, useState } from 'react';
import { useMe } from '@client/features/auth';
import { t } from '@client/i18n';
import { Alert } from '@client/ui/alert';
import { primaryButton, secondaryButton } from '@client/ui/button-styles';
import { problemMessage } from '@client/ui/forms/problem-messages';
import { fieldErrorsOf } from '@client/ui/forms/field-errors';
import { useRequestSignoff, useSignoffRequests } from '../api/signoff-request-api';
import { formatDayTime } from '@client/lib/format';
import { field, fieldLabel, muted } from '@client/ui/staff-styles';

/**
 * After the sign-off deadline: the volunteer asks the coordinator, with a reason, and sees
 * the answer here (the list refreshes live when the coordinator decides).
 */
export function SignoffRequestForm({
  slug,
  shiftId,
  coordinatorName,
  zone,
}: {
  slug: string;
  shiftId: string;
  coordinatorName: string;
  zone: string;
}) {
  const id = useId();
  const me = useMe().data ?? null;
  const requests = useSignoffRequests(slug, me?.id ?? null);
  // Newest first: the latest answer is the one that counts.
  const latest = requests.data?.mine.find((r) => r.shift.id === shiftId);
  const [open, setOpen] = useState(false);
  const [localError, setLocalError] = useState<string[] | undefined>();
  const request = useRequestSignoff(slug, shiftId);

  if (latest?.status === 'pending') {
    return (
      <p role="status" className="mt-2 font-medium text-slate-900 dark:text-slate-100">
        {t('volunteering.request.pending')}
      </p>
    );
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = createSignoffRequestSchema.safeParse({
      reason: new FormData(event.currentTarget).get('reason'),
    });
    if (!parsed.success) {
      setLocalError(fieldErrorsOf(parsed.error).reason);
      return;
    }
    setLocalError(undefined);
    request.mutate(parsed.data.reason, { onSuccess: () => setOpen(false) });
  }

  const remoteErrors = fieldErrorsOf(request.error).reason;
  const errors = localError ?? remoteErrors;
  const errorId = errors?.length ? `${id}-error` : undefined;

  return (
    <div className="mt-2">
      {latest?.status === 'declined' && latest.decidedAt ? (
        <p className="mb-2 text-slate-900 dark:text-slate-100">
          {t('volunteering.request.declined', { when: formatDayTime(latest.decidedAt, zone) })}
        </p>
      ) : null}
      {open ? (
        <form onSubmit={submit} noValidate className="space-y-2">
          <label htmlFor={`${id}-reason`} className={fieldLabel}>
            {t('volunteering.request.reason')}
          </label>
          <textarea
            id={`${id}-reason`}
            name="reason"
            rows={3}
            maxLength={500}
            required
            className={field}
            aria-invalid={errorId ? true : undefined}
            aria-describedby={[`${id}-hint`, errorId].filter(Boolean).join(' ')}
          />
          <p id={`${id}-hint`} className={muted}>
            {t('volunteering.request.reasonHint')}
          </p>
          {errorId ? (
            <p id={errorId} className="text-sm font-medium text-red-800 dark:text-red-300">
              {errors?.join(' ')}
            </p>
          ) : null}
          <div className="flex flex-wrap gap-2">
            <button type="submit" className={primaryButton} disabled={request.isPending}>
              {request.isPending ? t('volunteering.request.sending') : t('volunteering.request.send')}
            </button>
            <button type="button" className={secondaryButton} onClick={() => setOpen(false)}>
              {t('volunteering.request.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className={secondaryButton} onClick={() => setOpen(true)}>
          {t('volunteering.request.ask', { name: coordinatorName })}
        </button>
      )}
      {request.error && !remoteErrors ? (
        <div className="mt-2">
          <Alert tone="error">
            <p>{problemMessage(request.error, 'volunteer')}</p>
          </Alert>
        </div>
      ) : null}
    </div>
  );
}

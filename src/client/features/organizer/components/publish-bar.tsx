import { type Conference } from '@shared/contract/conference';
import { type ScheduleChange } from '@shared/contract/schedule-changes';
import { useState } from 'react';
import { t } from '@client/i18n';
import { Alert } from '@client/ui/alert';
import { primaryButton } from '@client/ui/button-styles';
import { ConfirmDialog } from '@client/ui/forms/confirm-dialog';
import { ProblemAlert } from '@client/ui/forms/problem-alert';
import { problemMessage } from '@client/ui/forms/problem-messages';
import { usePublishSchedule } from '../api/publish-schedule';
import { ChangeLine } from './change-line';

const KINDS = ['new', 'moved', 'cancelled', 'changed'] as const;

/** "2 new, 1 moved, 1 cancelled": what attendees are about to see, by kind. */
function summaryOf(changes: readonly ScheduleChange[]): string {
  return KINDS.flatMap((kind) => {
    const count = changes.filter((c) => c.kind === kind).length;
    return count > 0 ? [t(`scheduleAdmin.publish.summary.${kind}`, { count })] : [];
  }).join(', ');
}

/**
 * The unpublished changes and the one button that shows them to attendees. It stays on screen
 * while editing, so nobody forgets that a saved edit is not yet public.
 */
export function PublishBar({
  slug,
  conference,
  changes,
}: {
  slug: string;
  conference: Conference;
  changes: readonly ScheduleChange[];
}) {
  const publish = usePublishSchedule(slug);
  const [confirming, setConfirming] = useState(false);
  return (
    <section
      aria-labelledby="publish-bar-title"
      className="mb-6 rounded-lg border border-slate-300 bg-white p-4 dark:border-slate-700 dark:bg-slate-900"
    >
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="publish-bar-title" className="font-semibold text-slate-900 dark:text-slate-50">
          {changes.length === 0
            ? t('scheduleAdmin.publish.none', { version: conference.scheduleVersion })
            : t('scheduleAdmin.publish.count', { count: changes.length })}
        </h2>
        <button
          type="button"
          className={primaryButton}
          disabled={changes.length === 0 || publish.isPending}
          onClick={() => setConfirming(true)}
        >
          {publish.isPending ? t('scheduleAdmin.publish.publishing') : t('scheduleAdmin.publish.button')}
        </button>
      </div>
      {changes.length > 0 ? (
        <details className="mt-2">
          <summary className="cursor-pointer text-sm font-medium text-indigo-800 dark:text-indigo-200">
            {t('scheduleAdmin.publish.preview')}
          </summary>
          <ul className="divide-y divide-slate-200 dark:divide-slate-700">
            {changes.map((c) => (
              <ChangeLine key={c.code} change={c} conference={conference} />
            ))}
          </ul>
        </details>
      ) : null}
      <div aria-live="polite" className="mt-2 empty:hidden">
        {publish.data && !publish.isPending ? (
          <Alert tone="success">
            {t('scheduleAdmin.publish.done', {
              version: publish.data.scheduleVersion,
              count: publish.data.changes.length,
            })}
          </Alert>
        ) : null}
        {publish.error && !confirming ? <ProblemAlert error={publish.error} screen="schedule" /> : null}
      </div>
      {confirming ? (
        <ConfirmDialog
          tone="primary"
          title={t('scheduleAdmin.publish.confirmTitle', { count: changes.length })}
          lines={[summaryOf(changes), t('scheduleAdmin.publish.confirmLine')]}
          confirmLabel={t('scheduleAdmin.publish.button')}
          pendingLabel={t('scheduleAdmin.publish.publishing')}
          pending={publish.isPending}
          error={publish.error ? problemMessage(publish.error, 'schedule') : null}
          onConfirm={() => publish.mutate(undefined, { onSuccess: () => setConfirming(false) })}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </section>
  );
}

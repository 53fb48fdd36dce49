import { MAX_SCHEDULE_BYTES } from '@shared/contract/schedule-import';
import { type QueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, type LoaderFunctionArgs } from 'react-router';
import { requireRole } from '@client/features/auth';
import { conferenceQueryOptions, useConference } from '@client/features/conference';
import { t } from '@client/i18n';
import { requireParam, useRequiredParam } from '@client/lib/route-params';
import { Alert } from '@client/ui/alert';
import { primaryButton, secondaryButton, textLink } from '@client/ui/button-styles';
import { PageHeading } from '@client/ui/page-heading';
import { TextField } from '@client/ui/text-field';
import { ConfirmDialog } from '@client/ui/forms/confirm-dialog';
import { ProblemAlert } from '@client/ui/forms/problem-alert';
import { problemMessage } from '@client/ui/forms/problem-messages';
import { useApplyImport, usePreviewImport } from '../api/import-schedule';
import { ImportPreview } from '../components/import-preview';

export const scheduleImportLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const slug = requireParam(params, 'slug');
    await requireRole(queryClient, request, 'organizer');
    await queryClient.ensureQueryData(conferenceQueryOptions(slug));
    return null;
  };

/**
 * Import a schedule (pretalx, frab, Pentabarf, wafer, schedule2 or an iCalendar feed): upload a
 * file or give its address, see what was read and what would be added, changed and cancelled,
 * then apply. An applied import is published at once (decision 0008); one that cancels more than
 * a quarter of the published sessions asks first.
 */
export function ScheduleImportRoute() {
  const slug = useRequiredParam('slug');
  const conference = useConference(slug);
  const previewImport = usePreviewImport(slug);
  const applyImport = useApplyImport(slug);
  const [source, setSource] = useState<'file' | 'url'>('file');
  const [file, setFile] = useState<File | null>(null);
  const [url, setUrl] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const preview = previewImport.data;

  function apply(confirm: boolean) {
    if (!preview) return;
    applyImport.mutate({ previewId: preview.previewId, confirm }, { onSuccess: () => setConfirming(false) });
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setLocalError(null);
    previewImport.reset();
    applyImport.reset();
    if (source === 'url') {
      if (!url.trim()) return setLocalError(t('scheduleAdmin.import.needUrl'));
      previewImport.mutate({ url: url.trim() });
      return;
    }
    if (!file) return setLocalError(t('scheduleAdmin.import.needFile'));
    if (file.size > MAX_SCHEDULE_BYTES) return setLocalError(t('problem.payload_too_large.schedule'));
    // The bytes as they are: the server decodes them (charset, iCalendar folds inside a character).
    previewImport.mutate({ file });
  }

  const busy = previewImport.isPending || applyImport.isPending;
  return (
    <div className="max-w-4xl">
      <p className="mb-2 text-sm">
        <Link to={`/${slug}/organizer`} className={textLink}>
          <span aria-hidden="true">← </span>
          {t('people.back')}
        </Link>
      </p>
      <PageHeading intro={t('scheduleAdmin.import.intro', { conference: conference.name })}>
        {t('scheduleAdmin.import.title')}
      </PageHeading>
      <form onSubmit={submit} noValidate className="mb-6 space-y-4">
        <fieldset className="flex flex-wrap gap-4">
          <legend className="mb-1 font-medium text-slate-900 dark:text-slate-100">
            {t('scheduleAdmin.import.source')}
          </legend>
          {(['file', 'url'] as const).map((s) => (
            <label key={s} className="flex min-h-11 items-center gap-2 text-slate-900 dark:text-slate-100">
              <input
                type="radio"
                name="source"
                className="size-5"
                checked={source === s}
                onChange={() => setSource(s)}
              />
              {t(`scheduleAdmin.import.source.${s}`)}
            </label>
          ))}
        </fieldset>
        {source === 'file' ? (
          <div className="space-y-1">
            <label htmlFor="schedule-file" className="block font-medium text-slate-900 dark:text-slate-100">
              {t('scheduleAdmin.import.file')}
            </label>
            <input
              id="schedule-file"
              type="file"
              accept=".json,.xml,.ics,.ical,application/json,application/xml,text/xml,text/calendar"
              aria-describedby="schedule-file-hint"
              className="block min-h-11 w-full text-slate-900 file:mr-3 file:min-h-11 file:rounded-md file:border file:border-slate-400 file:bg-white file:px-4 file:font-semibold file:text-slate-900 dark:text-slate-100 dark:file:border-slate-500 dark:file:bg-slate-800 dark:file:text-slate-100"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
            <p id="schedule-file-hint" className="text-sm text-slate-600 dark:text-slate-400">
              {t('scheduleAdmin.import.fileHint')}
            </p>
          </div>
        ) : (
          <TextField
            label={t('scheduleAdmin.import.url')}
            hint={t('scheduleAdmin.import.urlHint')}
            type="url"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
          />
        )}
        <button type="submit" className={primaryButton} disabled={busy}>
          {t('scheduleAdmin.import.preview')}
        </button>
      </form>

      <div aria-live="polite" className="mb-4 space-y-3 empty:hidden">
        {previewImport.isPending || applyImport.isPending ? (
          <div>
            <label htmlFor="server-progress" className="block text-sm text-slate-700 dark:text-slate-300">
              {previewImport.isPending
                ? t('scheduleAdmin.import.comparing', { conference: conference.name })
                : t('scheduleAdmin.import.applying')}
            </label>
            <progress id="server-progress" className="w-full" />
          </div>
        ) : null}
        {localError ? <Alert tone="error">{localError}</Alert> : null}
        {previewImport.error ? <ProblemAlert error={previewImport.error} screen="schedule" /> : null}
        {applyImport.error && !confirming ? (
          <ProblemAlert error={applyImport.error} screen="schedule" />
        ) : null}
        {applyImport.data ? (
          <Alert tone="success">
            {t('scheduleAdmin.import.applied', {
              version: applyImport.data.scheduleVersion,
              added: applyImport.data.counts.sessionsAdded,
              changed: applyImport.data.counts.sessionsChanged,
              removed: applyImport.data.counts.sessionsRemoved,
            })}{' '}
            <Link to={`/${slug}/organizer/sessions`} className={textLink}>
              {t('scheduleAdmin.import.toSessions')}
            </Link>
          </Alert>
        ) : null}
      </div>

      {preview ? (
        <>
          <ImportPreview preview={preview} timeZone={conference.timeZone} />
          {!applyImport.data ? (
            <div className="mt-4 flex flex-wrap gap-3">
              <button
                type="button"
                className={primaryButton}
                disabled={busy}
                onClick={() => (preview.confirmationRequired ? setConfirming(true) : apply(false))}
              >
                {t('scheduleAdmin.import.apply')}
              </button>
              <button
                type="button"
                className={secondaryButton}
                disabled={busy}
                onClick={() => previewImport.reset()}
              >
                {t('scheduleAdmin.import.discard')}
              </button>
            </div>
          ) : null}
          {confirming ? (
            <ConfirmDialog
              title={t('scheduleAdmin.import.confirmTitle', { count: preview.counts.sessionsRemoved })}
              lines={[
                t('scheduleAdmin.import.confirmLine', {
                  count: preview.counts.sessionsRemoved,
                  published: preview.publishedSessions,
                }),
                t('scheduleAdmin.import.confirmCheck'),
              ]}
              confirmLabel={t('scheduleAdmin.import.confirmApply', { count: preview.counts.sessionsRemoved })}
              pendingLabel={t('scheduleAdmin.import.applying')}
              pending={applyImport.isPending}
              error={applyImport.error ? problemMessage(applyImport.error, 'schedule') : null}
              onConfirm={() => apply(true)}
              onCancel={() => setConfirming(false)}
            />
          ) : null}
        </>
      ) : null}
    </div>
  );
}

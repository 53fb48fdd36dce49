import { type TicketImportResult } from '@shared/contract/ticket';
import { type QueryClient } from '@tanstack/react-query';
import { type ChangeEvent, useId, useState } from 'react';
import { Link, type LoaderFunctionArgs } from 'react-router';
import { requireRole } from '@client/features/auth';
import { ticketTypesQueryOptions, useTicketTypes } from '@client/features/check-in';
import { t } from '@client/i18n';
import { isApiError } from '@client/lib/api-error';
import { requireParam, useRequiredParam } from '@client/lib/route-params';
import { Alert } from '@client/ui/alert';
import { primaryButton, secondaryButton, textLink } from '@client/ui/button-styles';
import { PageHeading } from '@client/ui/page-heading';
import { problemMessage } from '@client/ui/forms/problem-messages';
import { useImportTickets } from '../api/ticket-admin-mutations';
import { TicketImportErrors } from '../components/ticket-import-errors';
import { readFileText } from '../lib/read-file';
import { TicketBackLink } from './ticket-list-route';

export const ticketImportLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const slug = requireParam(params, 'slug');
    await requireRole(queryClient, request, 'organizer');
    await queryClient.ensureQueryData(ticketTypesQueryOptions(slug));
    return null;
  };

type Step =
  | { kind: 'choose' }
  | { kind: 'checked'; csv: string; fileName: string; preview: TicketImportResult }
  | { kind: 'done'; fileName: string; result: TicketImportResult };

/**
 * Imports a pretix-like CSV in two steps: a dry run that shows every refused row (nothing is
 * imported while any row is wrong), then the import itself with a summary.
 */
export function TicketImportRoute() {
  const slug = useRequiredParam('slug');
  const types = useTicketTypes(slug).data?.ticketTypes ?? [];
  const check = useImportTickets(slug);
  const run = useImportTickets(slug);
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [fileName, setFileName] = useState('');
  const inputId = useId();

  const choose = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    setStep({ kind: 'choose' });
    run.reset();
    setFileName(file.name);
    const csv = await readFileText(file, () => {});
    check.mutate(
      { csv, dryRun: true },
      { onSuccess: (preview) => setStep({ kind: 'checked', csv, fileName: file.name, preview }) },
    );
  };

  const importNow = () => {
    if (step.kind !== 'checked') return;
    run.mutate(
      { csv: step.csv },
      { onSuccess: (result) => setStep({ kind: 'done', fileName: step.fileName, result }) },
    );
  };

  const invalid = isApiError(check.error, 'ticket_import_invalid') ? check.error : null;

  return (
    <div className="max-w-4xl">
      <TicketBackLink slug={slug} to="organizer/tickets" label={t('ticketsAdmin.import.back')} />
      <PageHeading intro={t('ticketsAdmin.import.intro')}>{t('ticketsAdmin.import.title')}</PageHeading>
      <div className="mb-4 rounded-lg border border-slate-300 bg-white p-4 text-sm text-slate-800 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200">
        <p>{t('ticketsAdmin.import.columns')}</p>
        <p className="mt-1">
          {t('ticketsAdmin.import.types', { types: types.map((ty) => ty.name).join(', ') })}
        </p>
      </div>
      <div className="mb-4 space-y-1">
        <label htmlFor={inputId} className="block font-medium text-slate-900 dark:text-slate-100">
          {t('ticketsAdmin.import.file')}
        </label>
        <input
          id={inputId}
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => void choose(e)}
          className="block w-full text-sm text-slate-900 file:mr-3 file:rounded-md file:border file:border-slate-500 file:bg-white file:px-3 file:py-1.5 file:font-medium dark:text-slate-100 dark:file:bg-slate-900 dark:file:text-slate-100"
        />
      </div>

      {check.isPending ? <p role="status">{t('ticketsAdmin.import.checking', { file: fileName })}</p> : null}

      {invalid ? (
        <section aria-labelledby="import-invalid" className="space-y-3">
          <Alert tone="error">
            <p id="import-invalid" className="font-semibold">
              {t('ticketsAdmin.import.invalid', { file: fileName })}
            </p>
            <p>{t('ticketsAdmin.import.invalidHint')}</p>
          </Alert>
          <TicketImportErrors errors={invalid.errors ?? {}} />
        </section>
      ) : check.isError ? (
        <Alert tone="error">
          <p className="font-semibold">{t('ticketsAdmin.import.failed')}</p>
          <p>{problemMessage(check.error)}</p>
        </Alert>
      ) : null}

      {step.kind === 'checked' ? (
        <section aria-labelledby="import-preview" className="space-y-3">
          <Alert tone="info">
            <p id="import-preview" className="font-semibold">
              {t('ticketsAdmin.import.previewTitle', { file: step.fileName })}
            </p>
            <p>{t('ticketsAdmin.import.wouldCreate', { count: step.preview.created })}</p>
            {step.preview.skipped > 0 ? (
              <p>{t('ticketsAdmin.import.wouldSkip', { count: step.preview.skipped })}</p>
            ) : null}
          </Alert>
          {run.isError ? (
            <Alert tone="error">
              <p className="font-semibold">{t('ticketsAdmin.import.failed')}</p>
              <p>{problemMessage(run.error)}</p>
            </Alert>
          ) : null}
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              className={primaryButton}
              onClick={importNow}
              disabled={run.isPending || step.preview.created === 0}
            >
              {run.isPending
                ? t('ticketsAdmin.working')
                : t('ticketsAdmin.import.submit', { count: step.preview.created })}
            </button>
            <button type="button" className={secondaryButton} onClick={() => setStep({ kind: 'choose' })}>
              {t('ticketsAdmin.cancelAction')}
            </button>
          </div>
        </section>
      ) : null}

      {step.kind === 'done' ? (
        <Alert tone="success">
          <p className="font-semibold">{t('ticketsAdmin.import.done', { file: step.fileName })}</p>
          <p>{t('ticketsAdmin.import.created', { count: step.result.created })}</p>
          {step.result.skipped > 0 ? (
            <p>{t('ticketsAdmin.import.skipped', { count: step.result.skipped })}</p>
          ) : null}
          <p className="mt-2">
            <Link to={`/${slug}/organizer/tickets`} className={textLink}>
              {t('ticketsAdmin.import.toTickets')}
            </Link>
          </p>
        </Alert>
      ) : null}
    </div>
  );
}

import { type CheckInList } from '@shared/contract/check-in';
import { type TicketType } from '@shared/contract/ticket';
import { useId } from 'react';
import { t } from '@client/i18n';
import { primaryButton, secondaryButton } from '@client/ui/button-styles';
import { FormSummary } from '@client/ui/forms/problem-alert';
import { useForm } from '@client/ui/forms/use-form';
import { TextField } from '@client/ui/text-field';
import { useSaveCheckInList } from '../api/ticket-admin-mutations';
import { type CheckInListFormValues, checkCheckInListForm } from '../lib/ticket-admin-form';
import { TicketDayCheckboxes } from './ticket-day-checkboxes';

/** A gate's rules: which types and days it admits, whether it scans people out and lets them back. */
export function CheckInListForm({
  slug,
  types,
  days,
  list,
  onDone,
}: {
  slug: string;
  types: TicketType[];
  days: string[];
  list?: CheckInList;
  onDone: () => void;
}) {
  const save = useSaveCheckInList(slug);
  const form = useForm({
    initial: (): CheckInListFormValues => ({
      name: list?.name ?? '',
      ticketTypeIds: list?.ticketTypeIds ?? [],
      days: list?.days ?? [],
      countsExits: list?.countsExits ?? false,
      allowsReentry: list?.allowsReentry ?? false,
    }),
    check: (values: CheckInListFormValues) => checkCheckInListForm(values, list?.id),
    mutation: save,
    onSaved: onDone,
  });
  const { values, setValues, errors } = form;
  const reentryHint = useId();

  return (
    <form noValidate onSubmit={form.onSubmit} className="mt-3 space-y-4">
      <TextField
        label={t('ticketsAdmin.lists.name')}
        value={values.name}
        onChange={(e) => setValues({ ...values, name: e.target.value })}
        errors={errors.name}
      />
      <TicketDayCheckboxes
        legend={t('ticketsAdmin.lists.types')}
        hint={t('ticketsAdmin.lists.typesHint')}
        days={types.map((ty) => ({ value: ty.id, label: ty.name }))}
        selected={values.ticketTypeIds}
        onChange={(ticketTypeIds) => setValues({ ...values, ticketTypeIds })}
        errors={errors.ticketTypeIds}
      />
      <TicketDayCheckboxes
        legend={t('ticketsAdmin.lists.days')}
        hint={t('ticketsAdmin.lists.daysHint')}
        days={days.map((d) => ({ value: d }))}
        selected={values.days}
        onChange={(selected) => setValues({ ...values, days: selected })}
        errors={errors.days}
      />
      <div className="space-y-2">
        <label className="flex min-h-11 items-center gap-2 text-slate-900 dark:text-slate-100">
          <input
            type="checkbox"
            className="h-5 w-5"
            checked={values.countsExits}
            onChange={(e) => setValues({ ...values, countsExits: e.target.checked })}
          />
          {t('ticketsAdmin.lists.countsExits')}
        </label>
        <label className="flex min-h-11 items-center gap-2 text-slate-900 dark:text-slate-100">
          <input
            type="checkbox"
            className="h-5 w-5"
            aria-describedby={reentryHint}
            disabled={!values.countsExits}
            checked={values.countsExits && values.allowsReentry}
            onChange={(e) => setValues({ ...values, allowsReentry: e.target.checked })}
          />
          {t('ticketsAdmin.lists.allowsReentry')}
        </label>
        <p id={reentryHint} className="text-sm text-slate-600 dark:text-slate-400">
          {t('ticketsAdmin.lists.reentryHint')}
        </p>
      </div>
      <FormSummary form={form} lead={t('ticketsAdmin.lists.saveFailed')} />
      <div className="flex flex-wrap gap-2">
        <button type="submit" className={primaryButton} disabled={form.pending}>
          {form.pending
            ? t('ticketsAdmin.working')
            : t(list ? 'ticketsAdmin.save' : 'ticketsAdmin.lists.create')}
        </button>
        <button type="button" className={secondaryButton} onClick={onDone}>
          {t('ticketsAdmin.cancelAction')}
        </button>
      </div>
    </form>
  );
}

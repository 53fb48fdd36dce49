import { type TicketType } from '@shared/contract/ticket';
import { t } from '@client/i18n';
import { primaryButton, secondaryButton } from '@client/ui/button-styles';
import { FormSummary } from '@client/ui/forms/problem-alert';
import { useForm } from '@client/ui/forms/use-form';
import { TextField } from '@client/ui/text-field';
import { useSaveTicketType } from '../api/ticket-admin-mutations';
import { checkTicketTypeForm, type TicketTypeFormValues } from '../lib/ticket-admin-form';
import { TicketDayCheckboxes } from './ticket-day-checkboxes';

/** Adds a type, or renames one and changes its days (its slug and QR number never change). */
export function TicketTypeForm({
  slug,
  days,
  type,
  onDone,
}: {
  slug: string;
  days: string[];
  type?: TicketType;
  onDone: () => void;
}) {
  const save = useSaveTicketType(slug);
  const form = useForm({
    initial: (): TicketTypeFormValues => ({
      slug: type?.slug ?? '',
      name: type?.name ?? '',
      validDays: type?.validDays ?? [],
    }),
    check: (values: TicketTypeFormValues) => checkTicketTypeForm(values, type?.id),
    mutation: save,
    onSaved: onDone,
  });
  const { values, setValues, errors } = form;

  return (
    <form noValidate onSubmit={form.onSubmit} className="mt-3 space-y-4">
      {type ? null : (
        <TextField
          label={t('ticketsAdmin.types.slug')}
          hint={t('ticketsAdmin.types.slugHint')}
          value={values.slug}
          onChange={(e) => setValues({ ...values, slug: e.target.value })}
          errors={errors.slug}
        />
      )}
      <TextField
        label={t('ticketsAdmin.types.name')}
        value={values.name}
        onChange={(e) => setValues({ ...values, name: e.target.value })}
        errors={errors.name}
      />
      <TicketDayCheckboxes
        legend={t('ticketsAdmin.types.days')}
        hint={type ? t('ticketsAdmin.types.daysEditHint') : undefined}
        days={days.map((d) => ({ value: d }))}
        selected={values.validDays}
        onChange={(validDays) => setValues({ ...values, validDays })}
        errors={errors.validDays}
      />
      <FormSummary form={form} lead={t('ticketsAdmin.types.saveFailed')} />
      <div className="flex flex-wrap gap-2">
        <button type="submit" className={primaryButton} disabled={form.pending}>
          {form.pending
            ? t('ticketsAdmin.working')
            : t(type ? 'ticketsAdmin.save' : 'ticketsAdmin.types.create')}
        </button>
        <button type="button" className={secondaryButton} onClick={onDone}>
          {t('ticketsAdmin.cancelAction')}
        </button>
      </div>
    </form>
  );
}

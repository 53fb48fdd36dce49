import { type Ticket, type TicketType } from '@shared/contract/ticket';
import { t } from '@client/i18n';
import { primaryButton, secondaryButton } from '@client/ui/button-styles';
import { FormSummary } from '@client/ui/forms/problem-alert';
import { useForm } from '@client/ui/forms/use-form';
import { TextField } from '@client/ui/text-field';
import { useCreateTicket } from '../api/ticket-admin-mutations';
import { checkTicketForm, emptyTicketForm, type TicketFormValues } from '../lib/ticket-admin-form';
import { TicketSelectField } from './ticket-select-field';

/** Adds one ticket by hand, e.g. a speaker's guest; checked with the API's schema before sending. */
export function TicketForm({
  slug,
  types,
  onCreated,
  onCancel,
}: {
  slug: string;
  types: TicketType[];
  onCreated: (ticket: Ticket) => void;
  onCancel: () => void;
}) {
  const create = useCreateTicket(slug);
  const form = useForm({
    initial: (): TicketFormValues => ({ ...emptyTicketForm, typeId: types[0]?.id ?? '' }),
    check: checkTicketForm,
    mutation: create,
    onSaved: (ticket: Ticket) => {
      form.setValues((v) => ({ ...emptyTicketForm, typeId: v.typeId }));
      onCreated(ticket);
    },
  });
  const { values, errors } = form;
  const set = (field: keyof TicketFormValues) => (e: { target: { value: string } }) =>
    form.set(field)(e.target.value);

  const field = (name: keyof TicketFormValues, label: string, extra: Record<string, string> = {}) => (
    <TextField label={label} value={values[name]} onChange={set(name)} errors={errors[name]} {...extra} />
  );

  return (
    <form
      noValidate
      onSubmit={form.onSubmit}
      aria-labelledby="ticket-form-title"
      className="mb-6 space-y-4 rounded-lg border border-slate-300 bg-white p-4 dark:border-slate-700 dark:bg-slate-900"
    >
      <h2 id="ticket-form-title" className="text-lg font-semibold text-slate-900 dark:text-slate-50">
        {t('ticketsAdmin.addTitle')}
      </h2>
      <div className="grid gap-4 lg:grid-cols-2">
        {field('holderName', t('ticketsAdmin.field.holderName'), { autoComplete: 'off' })}
        {field('email', t('ticketsAdmin.field.email'), { type: 'email', autoComplete: 'off' })}
        {field('company', t('ticketsAdmin.field.company'))}
        <TextField
          label={t('ticketsAdmin.field.country')}
          hint={t('ticketsAdmin.field.countryHint')}
          value={values.country}
          onChange={set('country')}
          errors={errors.country}
          maxLength={2}
          autoCapitalize="characters"
        />
        <TicketSelectField
          label={t('ticketsAdmin.field.type')}
          value={values.typeId}
          onChange={set('typeId')}
          errors={errors.typeId}
          options={types.map((ty) => ({ value: ty.id, label: ty.name }))}
        />
        <TextField
          label={t('ticketsAdmin.field.orderCode')}
          hint={t('ticketsAdmin.field.orderCodeHint')}
          value={values.orderCode}
          onChange={set('orderCode')}
          errors={errors.orderCode}
          autoCapitalize="characters"
        />
      </div>
      <FormSummary form={form} lead={t('ticketsAdmin.addFailed')} />
      <div className="flex flex-wrap gap-2">
        <button type="submit" className={primaryButton} disabled={form.pending}>
          {form.pending ? t('ticketsAdmin.working') : t('ticketsAdmin.addSubmit')}
        </button>
        <button type="button" className={secondaryButton} onClick={onCancel}>
          {t('ticketsAdmin.cancelAction')}
        </button>
      </div>
    </form>
  );
}

import { type TicketType } from '@shared/contract/ticket';
import { type FormEvent, useState } from 'react';
import { t } from '@client/i18n';
import { Alert } from '@client/ui/alert';
import { primaryButton, secondaryButton } from '@client/ui/button-styles';
import { TextField } from '@client/ui/text-field';
import { useSaveTicketType } from '../api/ticket-admin-mutations';
import { checkTicketTypeForm, type TicketTypeFormValues, focusFirstInvalid } from '../lib/ticket-admin-form';
import { serverFieldErrors, ticketAdminProblemMessage } from '../lib/ticket-admin-problem';
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
  const [values, setValues] = useState<TicketTypeFormValues>({
    slug: type?.slug ?? '',
    name: type?.name ?? '',
    validDays: type?.validDays ?? [],
  });
  const [errors, setErrors] = useState<Record<string, string[]>>({});

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const checked = checkTicketTypeForm(values);
    if (!checked.ok) {
      setErrors(checked.errors);
      focusFirstInvalid(form);
      return;
    }
    setErrors({});
    save.mutate(
      { ...checked.value, ...(type ? { id: type.id } : {}) },
      {
        onSuccess: onDone,
        onError: (error) => {
          setErrors(serverFieldErrors(error));
          focusFirstInvalid(form);
        },
      },
    );
  };

  return (
    <form noValidate onSubmit={submit} className="mt-3 space-y-4">
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
      {save.isError && Object.keys(serverFieldErrors(save.error)).length === 0 ? (
        <Alert tone="error">
          <p className="font-semibold">{t('ticketsAdmin.types.saveFailed')}</p>
          <p>{ticketAdminProblemMessage(save.error)}</p>
        </Alert>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <button type="submit" className={primaryButton} disabled={save.isPending}>
          {save.isPending
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

import { type ConferenceDay } from '@shared/contract/conference';
import { updateConferenceDaySchema } from '@shared/contract/structure';
import { t } from '@client/i18n';
import { FormSummary } from '@client/ui/forms/problem-alert';
import { useForm } from '@client/ui/forms/use-form';
import { TextField } from '@client/ui/text-field';
import { updateDay, useStructureSave } from '../api/structure';
import { checkChanges, orNull } from '../lib/structure-form';
import { Field, FormButtons, inputClass } from './form-parts';

/** A day's label, opening hours and note; its date is the edition's. */
export function DayForm({
  slug,
  day,
  onDone,
  onCancel,
}: {
  slug: string;
  day: ConferenceDay;
  onDone: (day: ConferenceDay) => void;
  onCancel: () => void;
}) {
  const save = useStructureSave(slug, (input: Record<string, unknown>) => updateDay(slug, day.date, input));
  const form = useForm({
    initial: { label: day.label, opensAt: day.opensAt, closesAt: day.closesAt, note: day.note ?? '' },
    check: (values) => checkChanges(updateConferenceDaySchema, { ...values, note: orNull(values.note) }, day),
    mutation: save,
    onSaved: onDone,
  });
  const { values, set } = form;

  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-4">
      <FormSummary form={form} />
      <TextField
        label={t('console.field.label')}
        value={values.label}
        onChange={(e) => set('label')(e.target.value)}
        errors={form.errors.label}
      />
      <div className="grid grid-cols-2 gap-4">
        <TextField
          label={t('console.field.opensAt')}
          type="time"
          value={values.opensAt}
          onChange={(e) => set('opensAt')(e.target.value)}
          errors={form.errors.opensAt}
        />
        <TextField
          label={t('console.field.closesAt')}
          hint={t('console.field.closesAtHint')}
          type="time"
          value={values.closesAt}
          onChange={(e) => set('closesAt')(e.target.value)}
          errors={form.errors.closesAt}
        />
      </div>
      <Field label={`${t('console.field.note')} ${t('console.form.optional')}`} errors={form.errors.note}>
        {(p) => (
          <textarea
            {...p}
            rows={3}
            className={inputClass}
            value={values.note}
            onChange={(e) => set('note')(e.target.value)}
          />
        )}
      </Field>
      <FormButtons pending={form.pending} onCancel={onCancel} />
    </form>
  );
}

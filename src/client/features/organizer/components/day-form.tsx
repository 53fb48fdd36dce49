import { type ConferenceDay } from '@shared/contract/conference';
import { updateConferenceDaySchema } from '@shared/contract/structure';
import { type FormEvent, useState } from 'react';
import { t } from '@client/i18n';
import { TextField } from '@client/ui/text-field';
import { updateDay, useStructureSave } from '../api/structure';
import { changedFields, checkWith, orNull } from '../lib/structure-form';
import { useConsoleForm } from '../lib/use-console-form';
import { Field, FormButtons, FormErrors, inputClass } from './form-parts';

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
  const [values, setValues] = useState({
    label: day.label,
    opensAt: day.opensAt,
    closesAt: day.closesAt,
    note: day.note ?? '',
  });
  const save = useStructureSave(slug, (input: Record<string, unknown>) => updateDay(slug, day.date, input));
  const form = useConsoleForm(save);
  const set = (key: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const check = checkWith(updateConferenceDaySchema, { ...values, note: orNull(values.note) });
    form.submit(
      check.ok ? { ok: true, value: changedFields(day, { ...day, ...check.value }) } : check,
      onDone,
    );
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <FormErrors fieldCount={form.fieldCount} problem={form.problem} />
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

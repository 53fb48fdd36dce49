import { type UpdateShift } from '@shared/contract/coordination';
import { type CreateShift, createShiftSchema, type Shift } from '@shared/contract/shift';
import { type Role } from '@shared/contract/role';
import { useState } from 'react';
import { t } from '@client/i18n';
import { formatDay } from '@client/lib/format';
import { Alert } from '@client/ui/alert';
import { primaryButton, secondaryButton } from '@client/ui/button-styles';
import { FormSummary } from '@client/ui/forms/problem-alert';
import { checkWith, useForm } from '@client/ui/forms/use-form';
import { TextField } from '@client/ui/text-field';
import { useCreateShift, useUpdateShift } from '../api/shift-admin';
import { coordinationProblem } from '../lib/shift-admin-problem';
import { fromShiftTimes, toShiftTimes } from '../lib/shift-time';
import { SelectField, TextAreaField } from './shift-fields';

interface ShiftFormProps {
  slug: string;
  zone: string;
  roles: Role[];
  days: string[];
  /** Editing this shift; creating a new one when absent. */
  shift?: Shift;
  onDone?: () => void;
}

interface ShiftValues {
  role: string;
  place: string;
  times: { date: string; start: string; end: string };
  capacity: string;
  description: string;
}

/** One shift: role, place, local date and times, capacity and a note; creates or edits. */
export function ShiftForm({ slug, zone, roles, days, shift, onDone }: ShiftFormProps) {
  const initialTimes = shift
    ? toShiftTimes(shift, zone)
    : { date: days[0] ?? '', start: '09:00', end: '12:00' };
  const [saved, setSaved] = useState(false);
  const create = useCreateShift(slug);
  const update = useUpdateShift(slug);
  const form = useForm<ShiftValues, CreateShift | { id: string; changes: UpdateShift }, Shift>({
    initial: () => ({
      role: shift?.role ?? roles[0]?.slug ?? '',
      place: shift?.place ?? '',
      times: initialTimes,
      capacity: String(shift?.capacity ?? 2),
      description: shift?.description ?? '',
    }),
    check: ({ role, place, times, capacity, description }) => {
      setSaved(false);
      const check = checkWith(createShiftSchema, {
        role,
        place,
        capacity: Number(capacity),
        description,
        ...(times.date ? fromShiftTimes(times, zone) : { startsAt: '', endsAt: '' }),
      });
      return check.ok && shift ? { ok: true, value: { id: shift.id, changes: check.value } } : check;
    },
    // Either mutation takes what the check gives for it: a new shift, or this one's changes.
    mutation: shift ? update : create,
    onSaved: () => {
      setSaved(true);
      onDone?.();
    },
    message: coordinationProblem,
  });
  const { values, set, errors } = form;
  const { times } = values;

  const timeErrors = [...(errors.startsAt ?? []), ...(errors.endsAt ?? [])];
  return (
    <form
      onSubmit={form.onSubmit}
      noValidate
      className="space-y-3"
      aria-label={shift ? t('coord.form.editTitle') : t('coord.form.createTitle')}
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label={t('coord.form.role')}
          value={values.role}
          onChange={(e) => set('role')(e.target.value)}
          errors={errors.role}
        >
          {roles.map((r) => (
            <option key={r.slug} value={r.slug}>
              {r.name}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('coord.form.place')}
          value={values.place}
          onChange={(e) => set('place')(e.target.value)}
          errors={errors.place}
        />
        <SelectField
          label={t('coord.form.date')}
          value={times.date}
          onChange={(e) => set('times')({ ...times, date: e.target.value })}
        >
          {[...new Set([...days, initialTimes.date])].filter(Boolean).map((d) => (
            <option key={d} value={d}>
              {formatDay(d)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('coord.form.capacity')}
          type="number"
          inputMode="numeric"
          min={1}
          max={500}
          value={values.capacity}
          onChange={(e) => set('capacity')(e.target.value)}
          errors={errors.capacity}
        />
        <TextField
          label={t('coord.form.start')}
          type="time"
          value={times.start}
          onChange={(e) => set('times')({ ...times, start: e.target.value })}
        />
        <TextField
          label={t('coord.form.end')}
          type="time"
          hint={t('coord.form.endHint')}
          value={times.end}
          onChange={(e) => set('times')({ ...times, end: e.target.value })}
          errors={timeErrors.length ? timeErrors : undefined}
        />
      </div>
      <TextAreaField
        label={t('coord.form.description')}
        value={values.description}
        onChange={(e) => set('description')(e.target.value)}
        errors={errors.description}
      />
      <FormSummary form={form} />
      {saved && !shift ? <Alert tone="success">{t('coord.form.created')}</Alert> : null}
      <div className="flex flex-wrap gap-3">
        <button type="submit" className={primaryButton} disabled={form.pending}>
          {shift ? t('coord.form.save') : t('coord.form.create')}
        </button>
        {onDone && shift ? (
          <button type="button" className={secondaryButton} onClick={onDone}>
            {t('coord.form.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

import { createShiftSchema, type Shift } from '@shared/contract/shift';
import { type Role } from '@shared/contract/role';
import { fieldErrors } from '@shared/contract/problem';
import { type FormEvent, useState } from 'react';
import { t } from '@client/i18n';
import { formatDay } from '@client/lib/format';
import { Alert } from '@client/ui/alert';
import { primaryButton, secondaryButton } from '@client/ui/button-styles';
import { TextField } from '@client/ui/text-field';
import { useCreateShift, useUpdateShift } from '../api/shift-admin';
import { fieldErrorsOf, shiftAdminProblemMessage } from '../lib/shift-admin-problem';
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

/** One shift: role, place, local date and times, capacity and a note; creates or edits. */
export function ShiftForm({ slug, zone, roles, days, shift, onDone }: ShiftFormProps) {
  const initialTimes = shift
    ? toShiftTimes(shift, zone)
    : { date: days[0] ?? '', start: '09:00', end: '12:00' };
  const [role, setRole] = useState(shift?.role ?? roles[0]?.slug ?? '');
  const [place, setPlace] = useState(shift?.place ?? '');
  const [times, setTimes] = useState(initialTimes);
  const [capacity, setCapacity] = useState(String(shift?.capacity ?? 2));
  const [description, setDescription] = useState(shift?.description ?? '');
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [saved, setSaved] = useState(false);
  const create = useCreateShift(slug);
  const update = useUpdateShift(slug);
  const mutation = shift ? update : create;

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const parsed = createShiftSchema.safeParse({
      role,
      place,
      capacity: Number(capacity),
      description,
      ...(times.date ? fromShiftTimes(times, zone) : { startsAt: '', endsAt: '' }),
    });
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    setErrors({});
    const onSuccess = () => {
      setSaved(true);
      onDone?.();
    };
    const onError = (error: unknown) => setErrors(fieldErrorsOf(error));
    if (shift) update.mutate({ id: shift.id, changes: parsed.data }, { onSuccess, onError });
    else create.mutate(parsed.data, { onSuccess, onError });
  }

  const timeErrors = [...(errors.startsAt ?? []), ...(errors.endsAt ?? [])];
  return (
    <form
      onSubmit={submit}
      noValidate
      className="space-y-3"
      aria-label={shift ? t('coord.form.editTitle') : t('coord.form.createTitle')}
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label={t('coord.form.role')}
          value={role}
          onChange={(e) => setRole(e.target.value)}
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
          value={place}
          onChange={(e) => setPlace(e.target.value)}
          errors={errors.place}
        />
        <SelectField
          label={t('coord.form.date')}
          value={times.date}
          onChange={(e) => setTimes({ ...times, date: e.target.value })}
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
          value={capacity}
          onChange={(e) => setCapacity(e.target.value)}
          errors={errors.capacity}
        />
        <TextField
          label={t('coord.form.start')}
          type="time"
          value={times.start}
          onChange={(e) => setTimes({ ...times, start: e.target.value })}
        />
        <TextField
          label={t('coord.form.end')}
          type="time"
          hint={t('coord.form.endHint')}
          value={times.end}
          onChange={(e) => setTimes({ ...times, end: e.target.value })}
          errors={timeErrors.length ? timeErrors : undefined}
        />
      </div>
      <TextAreaField
        label={t('coord.form.description')}
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        errors={errors.description}
      />
      {mutation.isError ? <Alert tone="error">{shiftAdminProblemMessage(mutation.error)}</Alert> : null}
      {saved && !shift ? <Alert tone="success">{t('coord.form.created')}</Alert> : null}
      <div className="flex flex-wrap gap-3">
        <button type="submit" className={primaryButton} disabled={mutation.isPending}>
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

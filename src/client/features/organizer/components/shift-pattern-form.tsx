import { bulkShiftsSchema } from '@shared/contract/shift';
import { type Role } from '@shared/contract/role';
import { t } from '@client/i18n';
import { formatDay } from '@client/lib/format';
import { Alert } from '@client/ui/alert';
import { primaryButton, secondaryButton } from '@client/ui/button-styles';
import { FormSummary } from '@client/ui/forms/problem-alert';
import { checkWith, useForm } from '@client/ui/forms/use-form';
import { TextField } from '@client/ui/text-field';
import { useCreateShiftPattern } from '../api/shift-admin';
import { coordinationProblem } from '../lib/shift-admin-problem';
import { CheckboxGroup, SelectField } from './shift-fields';

/** The same time slots on several days: e.g. the check-in desk 08:00-12:00 and 12:00-16:00 each day. */
export function ShiftPatternForm({ slug, roles, days }: { slug: string; roles: Role[]; days: string[] }) {
  const create = useCreateShiftPattern(slug);
  const form = useForm({
    initial: () => ({
      role: roles[0]?.slug ?? '',
      place: '',
      capacity: '2',
      dates: days,
      slots: [{ start: '08:00', end: '12:00' }],
    }),
    check: ({ capacity, dates, ...rest }) =>
      checkWith(bulkShiftsSchema, {
        ...rest,
        capacity: Number(capacity),
        dates: days.filter((d) => dates.includes(d)),
      }),
    mutation: create,
    message: coordinationProblem,
  });
  const { values, set, errors } = form;
  const { slots, dates } = values;
  const setSlots = set('slots');

  const setSlot = (i: number, patch: Partial<{ start: string; end: string }>) =>
    setSlots(slots.map((s, j) => (j === i ? { ...s, ...patch } : s)));

  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-3" aria-label={t('coord.pattern.title')}>
      <div className="grid gap-3 sm:grid-cols-3">
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
        <TextField
          label={t('coord.form.capacity')}
          type="number"
          inputMode="numeric"
          min={1}
          value={values.capacity}
          onChange={(e) => set('capacity')(e.target.value)}
          errors={errors.capacity}
        />
      </div>
      <CheckboxGroup
        legend={t('coord.pattern.days')}
        options={days.map((d) => ({ value: d, label: formatDay(d) }))}
        selected={dates}
        onChange={set('dates')}
        errors={errors.dates}
      />
      <fieldset className="space-y-2">
        <legend className="mb-1 block text-sm font-semibold text-slate-800 dark:text-slate-200">
          {t('coord.pattern.slots')}
        </legend>
        {slots.map((slot, i) => (
          <div key={i} className="flex flex-wrap items-end gap-3">
            <TextField
              label={t('coord.pattern.slotStart', { n: i + 1 })}
              type="time"
              value={slot.start}
              onChange={(e) => setSlot(i, { start: e.target.value })}
            />
            <TextField
              label={t('coord.pattern.slotEnd', { n: i + 1 })}
              type="time"
              value={slot.end}
              onChange={(e) => setSlot(i, { end: e.target.value })}
              errors={errors[`slots.${i}.end`]}
            />
            {slots.length > 1 ? (
              <button
                type="button"
                className={secondaryButton}
                onClick={() => setSlots(slots.filter((_, j) => j !== i))}
              >
                {t('coord.pattern.removeSlot', { n: i + 1 })}
              </button>
            ) : null}
          </div>
        ))}
        <button
          type="button"
          className={secondaryButton}
          onClick={() => setSlots([...slots, { start: slots.at(-1)?.end ?? '12:00', end: '16:00' }])}
        >
          {t('coord.pattern.addSlot')}
        </button>
      </fieldset>
      <FormSummary form={form} />
      {create.isSuccess ? (
        <Alert tone="success">{t('coord.created', { count: create.data.shifts.length })}</Alert>
      ) : null}
      <button type="submit" className={primaryButton} disabled={form.pending}>
        {t('coord.pattern.create', { count: dates.length * slots.length })}
      </button>
    </form>
  );
}

import { type ShiftGeneration, shiftGenerationSchema } from '@shared/contract/coordination';
import { type Conference } from '@shared/contract/conference';
import { type Role } from '@shared/contract/role';
import { type FormEvent, useState } from 'react';
import { t } from '@client/i18n';
import { formatDay, formatTimeRange, formatWeekday } from '@client/lib/format';
import { Alert } from '@client/ui/alert';
import { primaryButton, secondaryButton } from '@client/ui/button-styles';
import { fieldErrorsOf } from '@client/ui/forms/field-errors';
import { TextField } from '@client/ui/text-field';
import { useGenerateShifts, usePreviewGeneration } from '../api/shift-admin';
import { coordinationProblem } from '../lib/shift-admin-problem';
import { CheckboxGroup, SelectField } from './shift-fields';

/**
 * "One video-team shift per session in rooms X and Y, 15 minutes either side": previewed
 * first (counts and the first few), created on a second tap.
 */
export function ShiftGenerateForm({
  slug,
  conference,
  roles,
}: {
  slug: string;
  conference: Conference;
  roles: Role[];
}) {
  const [role, setRole] = useState(roles.find((r) => r.slug === 'video-team')?.slug ?? roles[0]?.slug ?? '');
  const [rooms, setRooms] = useState<string[]>([]);
  const [days, setDays] = useState<string[]>([]);
  const [before, setBefore] = useState('15');
  const [after, setAfter] = useState('15');
  const [capacity, setCapacity] = useState('2');
  const [merge, setMerge] = useState(true);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const preview = usePreviewGeneration(slug);
  const generate = useGenerateShifts(slug);
  const zone = conference.timeZone;

  const input = (): ShiftGeneration | null => {
    const parsed = shiftGenerationSchema.safeParse({
      role,
      rooms,
      days,
      minutesBefore: Number(before),
      minutesAfter: Number(after),
      capacity: Number(capacity),
      merge,
    });
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      return null;
    }
    setErrors({});
    return parsed.data;
  };

  function onPreview(event: FormEvent) {
    event.preventDefault();
    generate.reset();
    const body = input();
    if (body) preview.mutate(body, { onError: (error) => setErrors(fieldErrorsOf(error)) });
  }

  function onCreate() {
    const body = input();
    if (body) generate.mutate(body, { onSuccess: () => preview.reset() });
  }

  // Any change makes the preview stale: it must be looked at again before creating.
  const changed =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      preview.reset();
    };

  return (
    <form onSubmit={onPreview} noValidate className="space-y-3" aria-label={t('coord.generate.title')}>
      <SelectField
        label={t('coord.form.role')}
        value={role}
        onChange={(e) => changed(setRole)(e.target.value)}
        errors={errors.role}
      >
        {roles.map((r) => (
          <option key={r.slug} value={r.slug}>
            {r.name}
          </option>
        ))}
      </SelectField>
      <CheckboxGroup
        legend={t('coord.generate.rooms')}
        options={conference.rooms.map((r) => ({ value: r.slug, label: r.name }))}
        selected={rooms}
        onChange={changed(setRooms)}
        errors={errors.rooms}
      />
      <CheckboxGroup
        legend={t('coord.generate.days')}
        hint={t('coord.generate.daysHint')}
        options={conference.days.map((d) => ({ value: d.date, label: formatDay(d.date) }))}
        selected={days}
        onChange={changed(setDays)}
      />
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3">
        <TextField
          label={t('coord.generate.before')}
          type="number"
          inputMode="numeric"
          min={0}
          max={240}
          value={before}
          onChange={(e) => changed(setBefore)(e.target.value)}
          errors={errors.minutesBefore}
        />
        <TextField
          label={t('coord.generate.after')}
          type="number"
          inputMode="numeric"
          min={0}
          max={240}
          value={after}
          onChange={(e) => changed(setAfter)(e.target.value)}
          errors={errors.minutesAfter}
        />
        <TextField
          label={t('coord.form.capacity')}
          type="number"
          inputMode="numeric"
          min={1}
          value={capacity}
          onChange={(e) => changed(setCapacity)(e.target.value)}
          errors={errors.capacity}
        />
      </div>
      <label className="flex items-start gap-2 text-slate-900 dark:text-slate-100">
        <input
          type="checkbox"
          className="mt-0.5 size-5"
          checked={merge}
          onChange={(e) => changed(setMerge)(e.target.checked)}
        />
        <span>{t('coord.generate.merge')}</span>
      </label>
      <button type="submit" className={secondaryButton} disabled={preview.isPending}>
        {t('coord.generate.preview')}
      </button>

      {preview.isError ? <Alert tone="error">{coordinationProblem(preview.error)}</Alert> : null}
      {preview.data ? (
        <section
          aria-label={t('coord.generate.previewTitle')}
          className="space-y-2 rounded-md border border-slate-300 p-3 dark:border-slate-700"
        >
          <p role="status" className="font-semibold text-slate-900 dark:text-slate-50">
            {t('coord.generate.summary', { count: preview.data.count, sessions: preview.data.sessions })}
            {preview.data.existing > 0
              ? ` ${t('coord.generate.existing', { count: preview.data.existing })}`
              : ''}
          </p>
          {preview.data.first.length > 0 ? (
            <ul className="list-disc space-y-1 pl-5 text-slate-800 dark:text-slate-200">
              {preview.data.first.map((g) => (
                <li key={`${g.place}-${g.startsAt}`}>
                  {formatWeekday(g.startsAt, zone)} {formatTimeRange(g.startsAt, g.endsAt, zone)} · {g.place}{' '}
                  · {t('coord.generate.sessions', { count: g.sessions.length })}
                </li>
              ))}
            </ul>
          ) : null}
          {preview.data.count > 0 ? (
            <button type="button" className={primaryButton} onClick={onCreate} disabled={generate.isPending}>
              {t('coord.generate.create', { count: preview.data.count })}
            </button>
          ) : null}
        </section>
      ) : null}
      {generate.isError ? <Alert tone="error">{coordinationProblem(generate.error)}</Alert> : null}
      {generate.isSuccess ? (
        <Alert tone="success">{t('coord.created', { count: generate.data.shifts.length })}</Alert>
      ) : null}
    </form>
  );
}

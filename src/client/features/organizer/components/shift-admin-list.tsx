import { type Role } from '@shared/contract/role';
import { type Shift } from '@shared/contract/shift';
import { useState } from 'react';
import { t } from '@client/i18n';
import { formatDay } from '@client/lib/format';
import { card, muted } from '@client/ui/staff-styles';
import { formatShiftTime } from '@client/features/volunteer';
import { Alert } from '@client/ui/alert';
import { secondaryButton } from '@client/ui/button-styles';
import { ConfirmDialog } from '@client/ui/forms/confirm-dialog';
import { useDeleteWithDependents } from '@client/ui/forms/use-delete-with-dependents';
import { useDeleteShift } from '../api/shift-admin';
import { coordinationProblem } from '../lib/shift-admin-problem';
import { ShiftForm } from './shift-form';

const dangerButton =
  'inline-flex shrink-0 items-center justify-center rounded-md border border-red-700 px-3 py-1.5 font-medium text-red-800 hover:bg-red-50 disabled:opacity-70 dark:border-red-400 dark:text-red-200 dark:hover:bg-red-950';

interface ListProps {
  slug: string;
  zone: string;
  roles: Role[];
  days: string[];
  shifts: Shift[];
}

/** One shift with edit and delete; deleting a shift people are on asks first, naming them. */
function AdminShift({ slug, zone, roles, days, shift }: Omit<ListProps, 'shifts'> & { shift: Shift }) {
  const [editing, setEditing] = useState(false);
  const remove = useDeleteShift(slug);
  const del = useDeleteWithDependents((confirm) => remove.mutateAsync({ id: shift.id, confirm }));
  const signedUp = del.asking?.dependents.find((d) => d.kind === 'signup')?.count ?? 0;
  const label = `${shift.roleName} · ${shift.place} · ${formatShiftTime(shift, zone)}`;

  return (
    <li className={card}>
      <article aria-label={label}>
        <div className="flex flex-wrap items-baseline justify-between gap-x-3">
          <h4 className="font-semibold text-slate-900 dark:text-slate-50">{shift.roleName}</h4>
          <p className="text-sm font-semibold text-slate-900 tabular-nums dark:text-slate-100">
            {t('coord.list.places', { taken: shift.taken, count: shift.capacity })}
            {shift.waiting > 0 ? ` · ${t('coord.list.waiting', { count: shift.waiting })}` : ''}
          </p>
        </div>
        <p className="text-slate-800 dark:text-slate-200">
          <span className="font-semibold tabular-nums">{formatShiftTime(shift, zone)}</span> · {shift.place}
        </p>
        {shift.description ? <p className={muted}>{shift.description}</p> : null}
        {editing ? (
          <div className="mt-3">
            <ShiftForm
              slug={slug}
              zone={zone}
              roles={roles}
              days={days}
              shift={shift}
              onDone={() => setEditing(false)}
            />
          </div>
        ) : (
          <div className="mt-3 flex flex-wrap gap-2">
            <button
              type="button"
              className={secondaryButton}
              aria-label={t('coord.list.editLabel', { shift: label })}
              onClick={() => setEditing(true)}
            >
              {t('coord.list.edit')}
            </button>
            <button
              type="button"
              className={dangerButton}
              aria-label={t('coord.list.deleteLabel', { shift: label })}
              disabled={del.pending}
              onClick={() => void del.attempt(false)}
            >
              {t('coord.list.delete')}
            </button>
          </div>
        )}
        {del.asking ? (
          <ConfirmDialog
            title={t('coord.list.deleteTitle', { shift: label })}
            dependents={del.asking}
            lines={[t('coord.list.confirmDelete', { count: signedUp })]}
            confirmLabel={t('coord.list.deleteAndNotify', { count: signedUp })}
            pending={del.pending}
            error={del.error ? coordinationProblem(del.error) : null}
            onConfirm={() => void del.attempt(true)}
            onCancel={del.cancel}
          />
        ) : del.error ? (
          <div className="mt-3">
            <Alert tone="error">{coordinationProblem(del.error)}</Alert>
          </div>
        ) : null}
      </article>
    </li>
  );
}

/** Shifts grouped by conference day, soonest first. */
export function ShiftAdminList({ slug, zone, roles, days, shifts }: ListProps) {
  const byDay = new Map<string, Shift[]>();
  for (const s of shifts) byDay.set(s.day, [...(byDay.get(s.day) ?? []), s]);
  if (shifts.length === 0) return <p className={muted}>{t('coord.list.none')}</p>;
  return (
    <div className="space-y-6">
      {[...byDay].map(([day, list]) => (
        <section key={day} aria-labelledby={`shift-day-${day}`}>
          <h3 id={`shift-day-${day}`} className="mb-2 text-lg font-bold text-slate-900 dark:text-slate-50">
            {formatDay(day, undefined, 'long')} · {t('coord.list.count', { count: list.length })}
          </h3>
          <ul className="space-y-3">
            {list.map((s) => (
              <AdminShift key={s.id} slug={slug} zone={zone} roles={roles} days={days} shift={s} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

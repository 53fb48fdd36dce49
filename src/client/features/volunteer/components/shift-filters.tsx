import { type Role } from '@shared/contract/role';
import { useId } from 'react';
import { t } from '@client/i18n';
import { field, fieldLabel } from '@client/ui/staff-styles';

export interface ShiftFilterValues {
  role: string;
  place: string;
  available: boolean;
  /** Only shifts someone offers for hand-over. */
  offered?: boolean;
}

/** Role, place and "only ones I can take": native labelled controls, side by side when wide. */
export function ShiftFilters({
  roles,
  places,
  value,
  onChange,
}: {
  roles: readonly Role[];
  places: readonly string[];
  value: ShiftFilterValues;
  onChange: (next: ShiftFilterValues) => void;
}) {
  const id = useId();
  return (
    <div
      role="search"
      aria-label={t('volunteer.filters')}
      className="mb-5 grid grid-cols-2 items-end gap-3 sm:grid-cols-3"
    >
      <div>
        <label htmlFor={`${id}-role`} className={fieldLabel}>
          {t('volunteer.filter.role')}
        </label>
        <select
          id={`${id}-role`}
          className={field}
          value={value.role}
          onChange={(e) => onChange({ ...value, role: e.target.value })}
        >
          <option value="">{t('volunteer.filter.allRoles')}</option>
          {roles.map((r) => (
            <option key={r.slug} value={r.slug}>
              {r.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${id}-place`} className={fieldLabel}>
          {t('volunteer.filter.place')}
        </label>
        <select
          id={`${id}-place`}
          className={field}
          value={value.place}
          onChange={(e) => onChange({ ...value, place: e.target.value })}
        >
          <option value="">{t('volunteer.filter.allPlaces')}</option>
          {places.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </div>
      <label className="col-span-2 flex min-h-11 items-center gap-2 font-medium sm:col-span-1 text-slate-900 dark:text-slate-100">
        <input
          type="checkbox"
          className="h-5 w-5 accent-indigo-700"
          checked={value.available}
          onChange={(e) => onChange({ ...value, available: e.target.checked })}
        />
        {t('volunteer.filter.available')}
      </label>
      <label className="col-span-2 flex min-h-11 items-center gap-2 font-medium sm:col-span-1 text-slate-900 dark:text-slate-100">
        <input
          type="checkbox"
          className="h-5 w-5 accent-indigo-700"
          checked={value.offered ?? false}
          onChange={(e) => onChange({ ...value, offered: e.target.checked })}
        />
        {t('volunteering.filter.offered')}
      </label>
    </div>
  );
}

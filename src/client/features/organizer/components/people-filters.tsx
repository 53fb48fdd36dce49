import { type UserRole, userRoles, userRoleSchema } from '@shared/contract/user';
import { type FormEvent, useId } from 'react';
import { t } from '@client/i18n';
import { secondaryButton } from '@client/ui/button-styles';
import { TextField } from '@client/ui/text-field';

export type RoleFilter = UserRole | '';

const toRoleFilter = (value: string): RoleFilter => userRoleSchema.safeParse(value).data ?? '';

/** Search by name or email (as you type, or at once on Enter) and narrow to one role. */
export function PeopleFilters({
  text,
  onTextChange,
  onSearch,
  role,
  onRoleChange,
}: {
  text: string;
  onTextChange: (text: string) => void;
  onSearch: () => void;
  role: RoleFilter;
  onRoleChange: (role: RoleFilter) => void;
}) {
  const selectId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch();
  };
  return (
    <div className="mb-4 grid gap-3 md:grid-cols-[minmax(0,1fr)_14rem] md:items-end">
      <form role="search" onSubmit={submit} className="flex items-end gap-2">
        <div className="min-w-0 flex-1">
          <TextField
            label={t('people.search')}
            type="search"
            name="q"
            autoComplete="off"
            maxLength={100}
            value={text}
            onChange={(event) => onTextChange(event.target.value)}
          />
        </div>
        <button type="submit" className={`${secondaryButton} min-h-[42px]`}>
          {t('people.searchSubmit')}
        </button>
      </form>
      <div className="space-y-1">
        <label htmlFor={selectId} className="block font-medium text-slate-900 dark:text-slate-100">
          {t('people.roleFilter')}
        </label>
        <select
          id={selectId}
          value={role}
          onChange={(event) => onRoleChange(toRoleFilter(event.target.value))}
          className="block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base text-slate-900 dark:border-slate-400 dark:bg-slate-900 dark:text-slate-50"
        >
          <option value="">{t('people.filter.all')}</option>
          {userRoles.map((r) => (
            <option key={r} value={r}>
              {t(`people.filter.${r}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

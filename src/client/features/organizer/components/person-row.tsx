import { type User, type UserRole, userRoles } from '@shared/contract/user';
import { useId } from 'react';
import { t } from '@client/i18n';
import { Alert } from '@client/ui/alert';
import { problemMessage } from '@client/ui/forms/problem-messages';
import { useUpdateUserRoles } from '../api/update-user-roles';
import { RoleToggle } from './role-toggle';

/** One account: who it is, its three staff roles as toggles, and why a change was refused. */
export function PersonRow({ user, isMe }: { user: User; isMe: boolean }) {
  const update = useUpdateUserRoles();
  const nameId = useId();

  const toggle = (role: UserRole) => {
    const has = (r: UserRole) => (r === role ? !user.roles.includes(r) : user.roles.includes(r));
    update.mutate({ id: user.id, roles: userRoles.filter(has) });
  };

  return (
    <li
      aria-labelledby={nameId}
      className="grid gap-3 rounded-lg border border-slate-300 bg-white p-4 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-center dark:border-slate-700 dark:bg-slate-900"
    >
      <div className="min-w-0">
        <h2 id={nameId} className="font-semibold text-slate-900 dark:text-slate-50">
          {user.name}{' '}
          {isMe ? (
            <span className="ml-2 rounded-sm bg-slate-200 px-1.5 py-0.5 text-xs font-medium text-slate-800 dark:bg-slate-700 dark:text-slate-100">
              {t('people.you')}
            </span>
          ) : null}
        </h2>
        <p className="text-sm break-all text-slate-700 dark:text-slate-300">{user.email}</p>
      </div>
      <div
        role="group"
        aria-label={t('people.rolesOf', { name: user.name })}
        className="grid grid-cols-3 gap-2 sm:flex"
      >
        {userRoles.map((role) => (
          <RoleToggle
            key={role}
            role={role}
            pressed={user.roles.includes(role)}
            onToggle={() => toggle(role)}
          />
        ))}
      </div>
      {update.isError ? (
        <div className="sm:col-span-2">
          <Alert tone="error">
            <p className="font-semibold">{t('people.updateFailed', { name: user.name })}</p>
            <p>{problemMessage(update.error, 'people')}</p>
          </Alert>
        </div>
      ) : null}
    </li>
  );
}

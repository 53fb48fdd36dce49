import { type Role } from '@shared/contract/role';
import { t } from '@client/i18n';
import { secondaryButton } from '@client/ui/button-styles';
import { ProblemAlert } from '@client/ui/forms/problem-alert';
import { useJoinRole } from '../api/join-role';
import { card, muted } from '@client/ui/staff-styles';

function RoleItem({ slug, role, canJoin }: { slug: string; role: Role; canJoin: boolean }) {
  const join = useJoinRole(slug);
  const status =
    role.membership === 'confirmed'
      ? t('volunteer.role.member')
      : role.membership === 'pending'
        ? t('volunteer.role.pending')
        : role.access === 'restricted'
          ? t('volunteer.role.restricted')
          : t('volunteer.role.open');
  return (
    <li className={card}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0 flex-1">
          <h3 className="font-semibold text-slate-900 dark:text-slate-50">{role.name}</h3>
          <p className={muted}>{role.description}</p>
          <p className="mt-1 text-sm font-medium text-slate-900 dark:text-slate-100">{status}</p>
        </div>
        {canJoin && role.membership === null ? (
          <button
            type="button"
            className={secondaryButton}
            disabled={join.isPending}
            aria-label={t('volunteer.action.joinRole', { role: role.name })}
            onClick={() => join.mutate(role.slug)}
          >
            {role.access === 'open' ? t('volunteer.action.join') : t('volunteer.action.askToJoin')}
          </button>
        ) : null}
      </div>
      {join.error ? (
        <div className="mt-2">
          <ProblemAlert error={join.error} screen="volunteer" />
        </div>
      ) : null}
    </li>
  );
}

/** The kinds of volunteer work; a logged-in volunteer joins open ones and asks for restricted ones. */
export function RolesPanel({
  slug,
  roles,
  canJoin,
}: {
  slug: string;
  roles: readonly Role[];
  canJoin: boolean;
}) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {roles.map((role) => (
        <RoleItem key={role.slug} slug={slug} role={role} canJoin={canJoin} />
      ))}
    </ul>
  );
}

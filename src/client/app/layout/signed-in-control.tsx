import { type User } from '@shared/contract/user';
import { useNavigate } from 'react-router';
import { useLogout } from '@client/features/auth/forms';
import { t } from '@client/i18n';
import { secondaryButton } from '@client/ui/button-styles';

/** The signed-in user's name and a log out button. */
export function SignedInControl({ slug, user }: { slug: string | undefined; user: User }) {
  const logout = useLogout();
  const navigate = useNavigate();
  return (
    <div className="flex min-w-0 items-center gap-3">
      <span className="hidden truncate text-sm text-slate-700 sm:inline dark:text-slate-300">
        {t('auth.signedInAs', { name: user.name })}
      </span>
      <button
        type="button"
        className={secondaryButton}
        disabled={logout.isPending}
        onClick={() =>
          logout.mutate(undefined, {
            // Staff pages make no sense logged out; the schedule is always open.
            onSuccess: () => void navigate(slug ? `/${slug}` : '/'),
          })
        }
      >
        {logout.isPending ? t('auth.loggingOut') : t('auth.logout')}
      </button>
    </div>
  );
}

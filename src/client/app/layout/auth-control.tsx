import { Link, useLocation, useNavigate } from 'react-router';
import { useLogout, useMe } from '@client/features/auth';
import { t } from '@client/i18n';
import { secondaryButton } from '@client/ui/button-styles';

/** Log in link for visitors; name and log out button for a logged-in user. */
export function AuthControl({ slug }: { slug: string | undefined }) {
  const me = useMe();
  const logout = useLogout();
  const navigate = useNavigate();
  const location = useLocation();

  if (me.data) {
    return (
      <div className="flex min-w-0 items-center gap-3">
        <span className="hidden truncate text-sm text-slate-700 sm:inline dark:text-slate-300">
          {t('auth.signedInAs', { name: me.data.name })}
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
  // On the login page itself the form is the way in; a second link would only confuse.
  if (location.pathname === '/login') return null;
  const next = encodeURIComponent(location.pathname + location.search);
  return (
    <Link to={`/login?next=${next}`} className={secondaryButton}>
      {t('auth.login')}
    </Link>
  );
}

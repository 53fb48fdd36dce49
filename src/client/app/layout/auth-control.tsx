import { lazy, Suspense } from 'react';
import { Link, useLocation } from 'react-router';
import { useMe } from '@client/features/auth';
import { t } from '@client/i18n';
import { secondaryButton } from '@client/ui/button-styles';

// Attendees never log in: the signed-in control (and the mutation code behind it) loads only
// for staff, once they are known to be signed in.
const SignedInControl = lazy(() =>
  import('./signed-in-control').then((m) => ({ default: m.SignedInControl })),
);

/** Log in link for visitors; name and log out button for a logged-in user. */
export function AuthControl({ slug }: { slug: string | undefined }) {
  const me = useMe();
  const location = useLocation();

  if (me.data) {
    return (
      <Suspense fallback={null}>
        <SignedInControl slug={slug} user={me.data} />
      </Suspense>
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
